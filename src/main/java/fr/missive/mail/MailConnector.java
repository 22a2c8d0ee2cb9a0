package fr.missive.mail;

import fr.missive.model.mail.Password;
import fr.missive.model.mail.SmtpSettings;

/** Opens connections that deliver many stored messages to one server, for the outbox. */
public interface MailConnector {

    /**
     * A connection to the server of these settings, opened on the first delivery and kept for
     * the next ones. The password (null when the settings do not sign in) is the connection's
     * to clear when it closes.
     */
    MailConnection connect(SmtpSettings settings, Password password);
}
