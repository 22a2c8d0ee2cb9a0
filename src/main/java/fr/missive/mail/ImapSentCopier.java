package fr.missive.mail;

import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.X509ExtendedTrustManager;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Appends a sent message, byte for byte, to the mailbox's Sent folder over IMAP: the folder
 * set for the account, else the one the server flags {@code \Sent} (RFC 6154), else one of the
 * usual names. TLS is checked as for SMTP: the JDK's authorities and the host name, or a
 * certificate the administrator pinned for the host (on any of its ports). A refused certificate
 * is reported as such, with the certificate, never as a server out of reach.
 */
public final class ImapSentCopier {

    /** Usual names of the Sent folder, compared without case. */
    static final List<String> USUAL_NAMES = List.of("Sent", "Envoyés", "Sent Items", "[Gmail]/Sent Mail",
            "Sent Messages", "Éléments envoyés", "Messages envoyés", "INBOX.Sent", "INBOX/Sent");

    private final Duration timeout;
    private final X509ExtendedTrustManager trust;
    private final MailServerPolicy policy;

    public ImapSentCopier() {
        this(Duration.ofSeconds(30), null);
    }

    /** A copier that connects only to the servers the policy allows (a sandbox: its mail catcher). */
    public ImapSentCopier(MailServerPolicy policy) {
        this(Duration.ofSeconds(30), null, policy);
    }

    /** With a timeout and trust manager of the caller's (tests: the test authority). */
    public ImapSentCopier(Duration timeout, X509ExtendedTrustManager trust) {
        this(timeout, trust, MailServerPolicy.anyServer());
    }

    private ImapSentCopier(Duration timeout, X509ExtendedTrustManager trust, MailServerPolicy policy) {
        this.timeout = timeout;
        this.trust = trust;
        this.policy = policy;
    }

    /** The caller's authorities, else the Java runtime's (read on first use). */
    private X509ExtendedTrustManager trust() {
        return trust != null ? trust : JdkTrust.get();
    }

    /** Signs in and looks for the Sent folder, as a copy would, without appending anything. */
    public SentCopyResult test(ImapSettings settings, String user, Password password) {
        return append(settings, user, password, null);
    }

    /** Appends {@code mime} signing in with a password; when it is null, only checks that it could. */
    public SentCopyResult append(ImapSettings settings, String user, Password password, byte[] mime) {
        return append(settings, user, password, mime, false);
    }

    /**
     * Appends {@code mime}; when it is null, only checks that it could.
     *
     * @param xoauth2 {@code password} is an OAuth2 access token, offered with XOAUTH2 only
     */
    public SentCopyResult append(ImapSettings settings, String user, Password password, byte[] mime,
                                 boolean xoauth2) {
        return append(settings, user, password, mime, xoauth2, Set.of());
    }

    /**
     * As {@link #append(ImapSettings, String, Password, byte[], boolean)}, trusting also the
     * certificates pinned for the server's host.
     *
     * @param pinned the fingerprints an administrator trusted for {@code settings.host()}; may be empty
     */
    public SentCopyResult append(ImapSettings settings, String user, Password password, byte[] mime,
                                 boolean xoauth2, Collection<CertificateFingerprint> pinned) {
        if (!policy.allows(settings.host(), settings.port())) {
            return new SentCopyResult(SentCopyResult.Outcome.REFUSED, null,
                    "not the demonstration mailbox: a sandbox connects to nothing else");
        }
        CertificateCheck check = CertificateCheck.trusting(trust(), pinned);
        Session session = Session.getInstance(ImapProperties.of(settings, timeout, check, xoauth2));
        String protocol = settings.security() == Security.TLS ? "imaps" : "imap";
        try (Store store = session.getStore(protocol)) {
            store.connect(settings.host(), settings.port(), user, password == null ? "" : password.reveal());
            Folder folder = sentFolder(store, settings.sentFolder());
            if (folder == null) {
                return new SentCopyResult(SentCopyResult.Outcome.NO_FOLDER, null, null);
            }
            if (mime == null) {
                return SentCopyResult.copied(folder.getFullName());
            }
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(mime));
            message.setFlag(Flags.Flag.SEEN, true);
            folder.appendMessages(new Message[] {message});
            return SentCopyResult.copied(folder.getFullName());
        } catch (AuthenticationFailedException e) {
            return new SentCopyResult(SentCopyResult.Outcome.REFUSED, null, e.getMessage());
        } catch (MessagingException e) {
            SentCopyResult refusedCertificate = certificateRefused(check, e);
            if (refusedCertificate != null) {
                return refusedCertificate;
            }
            boolean network = e.getCause() instanceof IOException || e.getNextException() instanceof IOException;
            return new SentCopyResult(network ? SentCopyResult.Outcome.UNREACHABLE : SentCopyResult.Outcome.REFUSED,
                    null, e.getMessage());
        } catch (IllegalStateException e) {
            return new SentCopyResult(SentCopyResult.Outcome.UNREACHABLE, null, e.getMessage());
        }
    }

    /** The certificate outcome when Missive's own trust check ended the handshake; else null. */
    private static SentCopyResult certificateRefused(CertificateCheck check, MessagingException e) {
        if (check.leaf() == null || check.failure() == CertificateCheck.Failure.NONE) {
            return null;
        }
        SentCopyResult.Outcome outcome = check.failure() == CertificateCheck.Failure.UNTRUSTED
                ? SentCopyResult.Outcome.CERTIFICATE_UNTRUSTED : SentCopyResult.Outcome.CERTIFICATE_NAME_MISMATCH;
        return new SentCopyResult(outcome, null, e.getMessage(), Certificates.describe(check.leaf()));
    }

    private static Folder sentFolder(Store store, String chosen) throws MessagingException {
        if (chosen != null) {
            Folder folder = store.getFolder(chosen);
            return folder.exists() ? folder : null;
        }
        List<Folder> all = new ArrayList<>(List.of(store.getDefaultFolder().list("*")));
        for (Folder f : all) {
            if (f instanceof IMAPFolder imap && List.of(imap.getAttributes()).stream()
                    .anyMatch(a -> a.equalsIgnoreCase("\\Sent"))) {
                return f;
            }
        }
        for (String name : USUAL_NAMES) {
            for (Folder f : all) {
                if (f.getFullName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        return null;
    }
}
