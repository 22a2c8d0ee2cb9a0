package fr.missive.model.mail;

import fr.missive.model.mail.MailInputProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * How to reach the IMAP mailbox of an account, for the copy of sent mail into its Sent folder.
 * Optional for an account; its password, like the SMTP one, is a secret kept apart.
 *
 * <p>Built only valid, as {@link SmtpSettings} is: the host is checked the same way, the port
 * must be in 1–65535, and no text may hold a line break.
 *
 * @param user       null to sign in with the SMTP user name
 * @param sentFolder the folder sent mail is copied to; null to find it on the server
 */
public record ImapSettings(String host, int port, Security security, String user, String sentFolder) {

    public ImapSettings {
        List<MailInputProblem> problems = new ArrayList<>();
        host = SmtpSettings.checkedHost(host, problems);
        SmtpSettings.checkPort(port, problems);
        if (security == null) {
            security = Security.TLS;
        }
        user = user == null || user.isBlank() ? null : user.strip();
        if (HeaderText.hasForbiddenCharacter(user)) {
            problems.add(MailInputProblem.of("user", Kind.FORBIDDEN_CHARACTER));
        }
        sentFolder = sentFolder == null || sentFolder.isBlank() ? null : sentFolder.strip();
        if (HeaderText.hasForbiddenCharacter(sentFolder)) {
            problems.add(MailInputProblem.of("sentFolder", Kind.FORBIDDEN_CHARACTER));
        }
        MailInputException.throwIfAny(problems);
    }

    /** The port IMAP servers use for a security mode: 993 with TLS from the first byte, else 143. */
    public static int usualPort(Security security) {
        return security == Security.TLS || security == null ? 993 : 143;
    }
}
