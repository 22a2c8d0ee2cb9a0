/**
 * Sending mail over SMTP with Jakarta Mail (Angus), and saying why it failed.
 *
 * <p>{@link fr.missive.mail.MailTransport} is what the use cases depend on;
 * {@link fr.missive.mail.SmtpMailTransport} is the real one. Each
 * {@link fr.missive.mail.SendAttempt} connects with the settings' one server timeout (connect,
 * read and write; Angus's own are infinite), requires STARTTLS when it is chosen, checks the
 * server's identity (chain and host name, by the JDK's trust manager, or by a fingerprint an
 * administrator pinned for that server — see {@code CertificateCheck} for why a matching pin
 * skips the host-name check), refuses to send a password in clear unless the settings carry
 * the administrator's exception, and can be cancelled from another thread (its sockets are
 * closed: closing Angus's transport would wait on its monitor).
 *
 * <p>A failure becomes a {@link fr.missive.model.mail.Diagnosis} from exception types, the
 * phase of the dialogue, reply codes and enhanced status codes, the trust step that refused,
 * and, for a suspected wrong port, a second short probe of the port — never from an
 * exception's English text. This package speaks in message keys only; the UI and the command
 * line translate them.
 */
package fr.missive.mail;
