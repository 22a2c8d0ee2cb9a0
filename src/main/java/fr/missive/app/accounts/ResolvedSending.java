package fr.missive.app.accounts;

import fr.missive.model.mail.Sender;
import fr.missive.model.mail.SmtpSettings;

/**
 * What sending from an account comes down to: the server to use, where its password is kept,
 * and who the message says it is from once the authorised-domains rule is applied.
 */
record ResolvedSending(SmtpSettings smtp, String secretName, Sender sender) {
}
