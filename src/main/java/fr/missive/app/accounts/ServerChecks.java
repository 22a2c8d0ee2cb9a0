package fr.missive.app.accounts;

import fr.missive.app.Validator;
import fr.missive.app.users.UserService;
import fr.missive.i18n.Messages;
import fr.missive.mail.MailTransport;
import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.model.mail.Sender;
import fr.missive.model.users.User;

/**
 * "Test the sending of e-mail" for the servers an administrator sets up before any account uses
 * them: this PC's own server and the dispatching profiles, as typed in their windows and not
 * saved yet (an empty password uses the stored one). The result is a {@link TestRun}, with the
 * same diagnosis as an account's test.
 */
public final class ServerChecks {

    private final ProfileService profiles;
    private final WorkstationSettingsService workstation;
    private final MailTransport transport;

    public ServerChecks(ProfileService profiles, WorkstationSettingsService workstation, MailTransport transport) {
        this.profiles = profiles;
        this.workstation = workstation;
        this.transport = transport;
    }

    /**
     * Tests the workstation's settings as typed: from the sender address typed (else the stored
     * one, else the administrator's own address), to {@code to} or else that sender.
     */
    public TestRun workstation(User actor, WorkstationDraft draft, String to, Messages messages) {
        UserService.requireAdmin(actor);
        WorkstationSettings current = workstation.get();
        Validator v = new Validator();
        EmailAddress from = draft.senderAddress() == null || draft.senderAddress().isBlank()
                ? current.senderAddress() : v.optionalEmail("senderAddress", draft.senderAddress());
        v.throwIfInvalid();
        if (from == null) {
            from = actor.email();
        }
        if (from == null) {
            v.add("senderAddress", UserMessage.of("accounts.testSenderRequired"));
            v.throwIfInvalid();
        }
        String name = draft.senderName() != null ? draft.senderName().strip() : current.senderName();
        EmailAddress recipient = recipient(to, from);
        CheckedServer server = workstation.forTest(draft);
        return TestSending.run(transport, server.smtp(), server.password(),
                new Sender(from, name.isEmpty() ? null : name, null), recipient, messages);
    }

    /**
     * Tests a profile's settings as typed ({@code currentName} the profile being changed, or null):
     * from the workstation's sender address, else the administrator's own, to {@code to} or else
     * that sender.
     */
    public TestRun profile(User actor, String currentName, SmtpDraft draft, String to, Messages messages) {
        UserService.requireAdmin(actor);
        WorkstationSettings current = workstation.get();
        EmailAddress from = current.senderAddress() != null ? current.senderAddress() : actor.email();
        EmailAddress recipient = recipient(to, from);
        CheckedServer server = profiles.forTest(currentName, draft);
        String name = current.senderName().isEmpty() ? null : current.senderName();
        return TestSending.run(transport, server.smtp(), server.password(),
                new Sender(from == null ? recipient : from, name, null), recipient, messages);
    }

    private static EmailAddress recipient(String to, EmailAddress fallback) {
        if ((to == null || to.isBlank()) && fallback != null) {
            return fallback;
        }
        return AccountValidation.address("to", to);
    }
}
