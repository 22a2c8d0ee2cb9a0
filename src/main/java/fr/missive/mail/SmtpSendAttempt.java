package fr.missive.mail;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.PlainTextMessage;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SmtpReply;
import fr.missive.model.mail.SmtpSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * One attempt: connect, sign in, send, diagnose. The work runs on a thread of its own so that
 * {@link #cancel()} can give the caller its answer at once even while a DNS look-up or the TCP
 * connect of implicit TLS (a socket Angus creates itself) cannot be interrupted; that thread
 * then stops at its next step.
 */
final class SmtpSendAttempt implements SendAttempt {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(SmtpSendAttempt.class.getName());

    private final SmtpSettings settings;
    private final Password password;
    private final PlainTextMessage message;
    private final Duration timeout;
    private final X509ExtendedTrustManager trust;
    private final String authMechanisms;
    private final ScheduledExecutorService writeTimeouts;
    private final SocketRegistry registry = new SocketRegistry();
    private final CompletableFuture<SendResult> result = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    SmtpSendAttempt(SmtpSettings settings, Password password, PlainTextMessage message, Duration timeout,
                    X509ExtendedTrustManager trust, String authMechanisms, ScheduledExecutorService writeTimeouts) {
        this.settings = settings;
        this.password = password;
        this.message = message;
        this.timeout = timeout;
        this.trust = trust;
        this.authMechanisms = authMechanisms;
        this.writeTimeouts = writeTimeouts;
    }

    @Override
    public SendResult run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("an attempt runs once");
        }
        if (!result.isDone()) {
            Thread worker = new Thread(() -> {
                try {
                    result.complete(work());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                } finally {
                    registry.closeAll();
                }
            }, "missive-smtp " + settings.host() + ":" + settings.port());
            worker.setDaemon(true);
            worker.start();
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            return cancelled();
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending failed unexpectedly", e.getCause());
        }
    }

    @Override
    public void cancel() {
        registry.cancel();
        result.complete(cancelled());
    }

    private SendResult cancelled() {
        return new SendResult.Failed(new Diagnosis(DiagnosisKind.CANCELLED, settings, "", null, null, List.of()));
    }

    private SendResult work() {
        if (settings.auth() != AuthMethod.NONE && settings.security() == Security.NONE
                && !settings.allowPlainPassword()) {
            return refusePlainPassword();
        }
        CertificateCheck check = new CertificateCheck(trust, settings.pinnedCertificate());
        Session session = session(check, settings.auth() != AuthMethod.NONE);
        AttemptTransport transport = transport(session);
        try {
            if (settings.auth() != AuthMethod.NONE) {
                // For OAuth2 the "password" is the access token; Angus wraps it in XOAUTH2.
                transport.connect(settings.asciiHost(), settings.port(), settings.user(), password.reveal());
                if (!transport.offersAuthentication()) {
                    // Angus silently goes on without signing in when AUTH is not offered.
                    closeQuietly(transport);
                    return new SendResult.Failed(DiagnosisClassifier.authNotOffered(facts(transport, check, null)));
                }
            } else {
                transport.connect(settings.asciiHost(), settings.port(), null, null);
            }
            long advertisedMaxSize = SmtpMailConnection.advertisedMaxSize(transport);
            MimeMessage mime = mime(session);
            transport.sendMessage(mime, mime.getAllRecipients());
            String accepted = String.valueOf(transport.getLastServerResponse()).strip();
            closeQuietly(transport);
            return new SendResult.Sent(mime.getMessageID(), accepted, advertisedMaxSize);
        } catch (MessagingException | RuntimeException e) {
            Diagnosis diagnosis = DiagnosisClassifier.classify(facts(transport, check, e));
            closeQuietly(transport);
            logFailure(diagnosis, e);
            return new SendResult.Failed(diagnosis);
        }
    }

    /**
     * The password would go in clear: connect without signing in, only to see whether the
     * server offers STARTTLS and so suggest the right fix, then refuse.
     */
    private SendResult refusePlainPassword() {
        CertificateCheck check = new CertificateCheck(trust, settings.pinnedCertificate());
        AttemptTransport transport = transport(session(check, false));
        try {
            transport.connect(settings.asciiHost(), settings.port(), null, null);
            boolean startTlsOffered = transport.startTlsOffered();
            closeQuietly(transport);
            return new SendResult.Failed(DiagnosisClassifier.passwordOverPlain(settings, startTlsOffered));
        } catch (MessagingException | RuntimeException e) {
            Diagnosis diagnosis = DiagnosisClassifier.classify(facts(transport, check, e));
            logFailure(diagnosis, e);
            return new SendResult.Failed(diagnosis);
        }
    }

    /**
     * For the journal: the server, the diagnosis and the library's own words (the server's reply),
     * which is what support needs; never the user name, the password or the message.
     */
    private void logFailure(Diagnosis diagnosis, Exception e) {
        LOG.info(() -> "SMTP " + settings.asciiHost() + ":" + settings.port() + " (" + settings.security() + ", "
                + settings.auth() + ") failed: " + diagnosis.kind() + " - " + e);
    }

    private Session session(CertificateCheck check, boolean signIn) {
        return Session.getInstance(properties(check, signIn));
    }

    /** Angus's settings for this attempt; visible to the tests that pin them down. */
    Properties properties(CertificateCheck check, boolean signIn) {
        return SmtpProperties.of(settings, timeout, writeTimeouts, check, registry, signIn, authMechanisms);
    }

    private AttemptTransport transport(Session session) {
        return new AttemptTransport(session, settings.asciiHost(), settings.port(),
                settings.security() == Security.TLS, settings.allowPlainPassword(), registry);
    }

    private MimeMessage mime(Session session) throws MessagingException {
        EmailAddress from = message.from();
        String ascii = from.toAscii();
        String messageId = "<" + UUID.randomUUID() + "@" + ascii.substring(ascii.indexOf('@') + 1) + ">";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            mime.setFrom(new InternetAddress(ascii, message.senderName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to().toAscii()));
        if (message.replyTo() != null) {
            mime.setReplyTo(new InternetAddress[] {new InternetAddress(message.replyTo().toAscii())});
        }
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.saveChanges();
        return mime;
    }

    private DiagnosisClassifier.Facts facts(AttemptTransport t, CertificateCheck check, Throwable failure) {
        return new DiagnosisClassifier.Facts(settings, message.from().toString(), failure, t.phase(), t.greeted(),
                t.firstEhloAnswered(), t.startTlsOffered(), t.encrypted(), lastReply(t), check.failure(),
                check.leaf() == null ? null : Certificates.describe(check.leaf()),
                Duration.ofNanos(t.nanosInPhase()), timeout, registry.isCancelled(),
                new SocketPortProbe(settings.asciiHost(), settings.port(), (int) timeout.toMillis(), registry));
    }

    static SmtpReply lastReply(AttemptTransport t) {
        String text = t.getLastServerResponse();
        int code = t.getLastReturnCode();
        if (code == 0 && (text == null || text.isBlank())) {
            return null;
        }
        SmtpReply parsed = SmtpReply.parse(text);
        return code == -1 ? new SmtpReply(-1, null, parsed.text()) : parsed;
    }

    private static void closeQuietly(AttemptTransport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // the message is already accepted, or we are giving up: QUIT is a courtesy
        }
    }
}
