package fr.missive.mail;

import fr.missive.model.mail.Password;
import fr.missive.model.mail.PlainTextMessage;
import fr.missive.model.mail.SmtpSettings;

/**
 * Sends a message through an SMTP server and says, when it cannot, why in terms the user can
 * act on. The use cases depend on this interface, so their tests can use a fake.
 */
public interface MailTransport {

    /**
     * Prepares one attempt to connect with these settings, sign in with the password (ignored
     * when the settings ask for no sign-in; for OAuth2 settings, the current access token, sent
     * with XOAUTH2) and send the message. Nothing goes on the network before {@link SendAttempt#run()}.
     */
    SendAttempt attempt(SmtpSettings settings, Password password, PlainTextMessage message);
}
