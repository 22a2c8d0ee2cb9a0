package fr.missive.app.accounts;

import fr.missive.i18n.Messages;
import fr.missive.mail.MailTransport;
import fr.missive.mail.SendAttempt;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.PlainTextMessage;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.Sender;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.users.User;

/**
 * "Test the sending of e-mail": sends a real message through an account's server, with its
 * stored password, to an address (by default the account's own), and says how it went.
 */
public final class TestSending {

    private final AccountService accounts;
    private final SendingResolver resolver;
    private final MailTransport transport;

    public TestSending(AccountService accounts, SendingResolver resolver, MailTransport transport) {
        this.accounts = accounts;
        this.resolver = resolver;
        this.transport = transport;
    }

    /**
     * Prepares the test of a saved account the actor may use; nothing goes on the network before
     * {@link TestRun#run()}.
     *
     * @param to the recipient, or null for the account's own address
     */
    public TestRun start(User actor, String accountName, String to, Messages messages) {
        Account account = accounts.require(actor, accountName);
        EmailAddress recipient = to == null || to.isBlank() ? account.address() : AccountValidation.address("to", to);
        ResolvedSending sending = resolver.resolve(account);
        TestRun test = run(transport, sending.smtp(), resolver.password(sending), sending.sender(), recipient,
                messages);
        return new TestRun() {
            @Override
            public SendResult run() {
                SendResult result = test.run();
                accounts.rememberAdvertisedMaxSize(account, result);
                return result;
            }

            @Override
            public void cancel() {
                test.cancel();
            }
        };
    }

    /** The test of settings not saved yet, with the password typed in the form. */
    static TestRun run(MailTransport transport, SmtpSettings smtp, Password password, Sender sender, EmailAddress to,
                       Messages messages) {
        PlainTextMessage message = new PlainTextMessage(sender.from(), sender.name(), to,
                messages.get("accounts.test.subject"), messages.get("accounts.test.body", sender.from().toString()),
                sender.replyTo());
        SendAttempt attempt = transport.attempt(smtp, password, message);
        return new TestRun() {
            @Override
            public SendResult run() {
                try {
                    return attempt.run();
                } finally {
                    if (password != null) {
                        password.clear();
                    }
                }
            }

            @Override
            public void cancel() {
                attempt.cancel();
            }
        };
    }
}
