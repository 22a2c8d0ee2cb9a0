package fr.missive.mail;

import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.DeliveryOutcome;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.RefusedRecipient;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpReply;
import fr.missive.model.mail.SmtpSettings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.X509ExtendedTrustManager;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An Angus SMTP connection kept open across deliveries. A connection idle for longer than
 * {@link #MAX_IDLE} is not trusted (servers drop idle clients) and is opened afresh rather than
 * probed with a NOOP per message; a reused connection that turns out dropped before the server
 * took anything of the message is opened again once, at once, for the same message.
 */
final class SmtpMailConnection implements MailConnection {

    static final Duration MAX_IDLE = Duration.ofSeconds(30);

    /** Failures that only a change of settings cures: wait for it, rather than fail every message. */
    private static final Set<DiagnosisKind> SETTINGS_PROBLEMS = EnumSet.of(DiagnosisKind.TLS_ON_PLAIN_PORT,
            DiagnosisKind.PLAIN_ON_TLS_PORT, DiagnosisKind.STARTTLS_NOT_OFFERED, DiagnosisKind.CERTIFICATE_UNTRUSTED,
            DiagnosisKind.HOST_NAME_MISMATCH, DiagnosisKind.AUTH_NOT_OFFERED,
            DiagnosisKind.PASSWORD_OVER_PLAIN_REFUSED);

    /**
     * What a refusal of every recipient may mean for it to be recorded per recipient; the others
     * (sign-in required, sender refused, message too large) concern the account or the message.
     */
    private static final Set<DiagnosisKind> RECIPIENT_ANSWERS = EnumSet.of(DiagnosisKind.RECIPIENT_REFUSED,
            DiagnosisKind.OTHER);

    private final SmtpSettings settings;
    private final Password password;
    private final Duration timeout;
    private final X509ExtendedTrustManager trust;
    private final String authMechanisms;
    private final ScheduledExecutorService writeTimeouts;
    private SocketRegistry registry;
    private CertificateCheck check;
    private Session session;
    private AttemptTransport transport;
    private long lastUsedNanos;
    private Phase lastPhase;
    private int lastReplyCode;
    /** Kept after the connection closes: the worker reads it once the outcome is in. */
    private volatile long advertisedMaxSize;

    SmtpMailConnection(SmtpSettings settings, Password password, Duration timeout, X509ExtendedTrustManager trust,
                       String authMechanisms, ScheduledExecutorService writeTimeouts) {
        this.settings = settings;
        this.password = password;
        this.timeout = timeout;
        this.trust = trust;
        this.authMechanisms = authMechanisms;
        this.writeTimeouts = writeTimeouts;
    }

    @Override
    public DeliveryOutcome deliver(String envelopeFrom, List<String> recipients, byte[] mime,
                                   Runnable beforeAccepting) {
        boolean reused = transport != null && System.nanoTime() - lastUsedNanos < MAX_IDLE.toNanos();
        if (!reused) {
            close();
            DeliveryOutcome failed = open(envelopeFrom);
            if (failed != null) {
                return failed;
            }
        }
        if (advertisedMaxSize > 0 && mime.length > advertisedMaxSize) {
            // Uploading it would only have the server refuse it at the end, after minutes on a slow line.
            return new DeliveryOutcome.Refused(DiagnosisClassifier.tooLarge(settings), false);
        }
        DeliveryOutcome outcome = send(envelopeFrom, recipients, mime, beforeAccepting);
        if (reused && outcome instanceof DeliveryOutcome.TryLater && droppedBeforeTransaction()) {
            close();
            DeliveryOutcome failed = open(envelopeFrom);
            if (failed != null) {
                return failed;
            }
            outcome = send(envelopeFrom, recipients, mime, beforeAccepting);
        }
        if (outcome instanceof DeliveryOutcome.Delivered) {
            lastUsedNanos = System.nanoTime();
        } else {
            // After a refusal the dialogue's state is uncertain: start the next message afresh.
            close();
        }
        return outcome;
    }

    /** Connects and signs in; null when done, else why it failed. */
    private DeliveryOutcome open(String envelopeFrom) {
        registry = new SocketRegistry();
        check = new CertificateCheck(trust, settings.pinnedCertificate());
        boolean signIn = settings.auth() != AuthMethod.NONE;
        if (signIn && settings.security() == Security.NONE && !settings.allowPlainPassword()) {
            return new DeliveryOutcome.TryLater(DiagnosisClassifier.passwordOverPlain(settings, false), true);
        }
        Properties properties = SmtpProperties.of(settings, timeout, writeTimeouts, check, registry, signIn,
                authMechanisms);
        properties.put("mail.smtp.sendpartial", "true");
        session = Session.getInstance(properties);
        transport = new AttemptTransport(session, settings.asciiHost(), settings.port(),
                settings.security() == Security.TLS, settings.allowPlainPassword(), registry);
        try {
            if (signIn) {
                transport.connect(settings.asciiHost(), settings.port(), settings.user(), password.reveal());
                if (!transport.offersAuthentication()) {
                    Diagnosis d = DiagnosisClassifier.authNotOffered(facts(envelopeFrom, null));
                    close();
                    return new DeliveryOutcome.TryLater(d, true);
                }
            } else {
                transport.connect(settings.asciiHost(), settings.port(), null, null);
            }
            lastUsedNanos = System.nanoTime();
            advertisedMaxSize = advertisedMaxSize(transport);
            return null;
        } catch (MessagingException | RuntimeException e) {
            Diagnosis d = DiagnosisClassifier.classify(facts(envelopeFrom, e));
            close();
            return outcomeOf(d, true);
        }
    }

    @Override
    public long advertisedMaxSize() {
        return advertisedMaxSize;
    }

    /** The SIZE of the EHLO reply (after STARTTLS, the second one's); 0 when absent, unlimited or garbled. */
    static long advertisedMaxSize(SMTPTransport transport) {
        String size = transport.supportsExtension("SIZE") ? transport.getExtensionParameter("SIZE") : null;
        if (size == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(size.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private DeliveryOutcome send(String envelopeFrom, List<String> recipients, byte[] mime, Runnable beforeAccepting) {
        transport.beforeEndOfData(beforeAccepting);
        try {
            StoredMessage message = new StoredMessage(session, mime);
            message.setEnvelopeFrom(envelopeFrom);
            transport.sendMessage(message, addresses(recipients));
            return new DeliveryOutcome.Delivered(String.valueOf(transport.getLastServerResponse()).strip(), List.of());
        } catch (SendFailedException e) {
            Address[] sent = e.getValidSentAddresses();
            List<RefusedRecipient> refused = refused(e);
            if (sent != null && sent.length > 0) {
                return new DeliveryOutcome.Delivered(String.valueOf(transport.getLastServerResponse()).strip(),
                        refused);
            }
            Diagnosis d = DiagnosisClassifier.classify(facts(envelopeFrom, e));
            if (refusedEveryOne(recipients, refused) && RECIPIENT_ANSWERS.contains(d.kind())) {
                // Each recipient has its own answer: the first one's is not the message's.
                return new DeliveryOutcome.RecipientsRefused(refused, d);
            }
            return outcomeOf(d, false);
        } catch (MessagingException | RuntimeException e) {
            return outcomeOf(DiagnosisClassifier.classify(facts(envelopeFrom, e)), false);
        }
    }

    /**
     * The connection broke at the very start of a transaction, before the server took anything:
     * no reply to MAIL FROM, or the 421 of a server closing an idle connection.
     */
    private boolean droppedBeforeTransaction() {
        return lastPhase == Phase.MAIL_FROM && (lastReplyCode <= 0 || lastReplyCode == 421);
    }

    private DeliveryOutcome outcomeOf(Diagnosis d, boolean connecting) {
        SmtpReply reply = d.reply();
        if (reply != null && reply.code() >= 500) {
            return new DeliveryOutcome.Refused(d, connecting);
        }
        if (d.kind() == DiagnosisKind.MESSAGE_TOO_LARGE || d.kind() == DiagnosisKind.BASIC_AUTH_DISABLED
                || d.kind() == DiagnosisKind.STARTTLS_NOT_OFFERED) {
            // No retry changes these: a server that does not offer STARTTLS when the account requires it
            // is a settings error to fix now, not to try again for days.
            return new DeliveryOutcome.Refused(d, connecting);
        }
        return new DeliveryOutcome.TryLater(d, connecting || SETTINGS_PROBLEMS.contains(d.kind()));
    }

    private static boolean refusedEveryOne(List<String> recipients, List<RefusedRecipient> refused) {
        Set<String> answered = new HashSet<>();
        refused.forEach(r -> answered.add(r.address().toLowerCase(Locale.ROOT)));
        return !refused.isEmpty() && recipients.stream().allMatch(r -> answered.contains(r.toLowerCase(Locale.ROOT)));
    }

    private static List<RefusedRecipient> refused(SendFailedException e) {
        List<RefusedRecipient> refused = new ArrayList<>();
        Exception next = e.getNextException();
        while (next instanceof MessagingException m) {
            if (m instanceof SMTPAddressFailedException a) {
                SmtpReply parsed = SmtpReply.parse(a.getMessage());
                SmtpReply reply = parsed.code() == a.getReturnCode() ? parsed
                        : new SmtpReply(a.getReturnCode(), parsed.enhanced(), parsed.text());
                refused.add(new RefusedRecipient(a.getAddress().getAddress(), reply));
            }
            next = m.getNextException();
        }
        return refused;
    }

    private static Address[] addresses(List<String> recipients) throws AddressException {
        Address[] list = new Address[recipients.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = new InternetAddress(recipients.get(i), true);
        }
        return list;
    }

    private DiagnosisClassifier.Facts facts(String sender, Throwable failure) {
        AttemptTransport t = transport;
        SmtpReply reply = lastReply(t, failure);
        lastPhase = t.phase();
        lastReplyCode = reply == null ? -1 : reply.code();
        return new DiagnosisClassifier.Facts(settings, sender, failure, t.phase(), t.greeted(),
                t.firstEhloAnswered(), t.startTlsOffered(), t.encrypted(), reply, check.failure(),
                check.leaf() == null ? null : Certificates.describe(check.leaf()),
                Duration.ofNanos(t.nanosInPhase()), timeout, false,
                new SocketPortProbe(settings.asciiHost(), settings.port(), (int) timeout.toMillis(), registry));
    }

    private static SmtpReply lastReply(AttemptTransport t, Throwable failure) {
        if (failure instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
            return SmtpReply.parse(s.getMessage());
        }
        return SmtpSendAttempt.lastReply(t);
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                // QUIT is a courtesy; the sockets are closed below anyway
            }
            registry.closeAll();
            transport = null;
        }
    }

    @Override
    public void dispose() {
        close();
        if (password != null) {
            password.clear();
        }
    }

    /**
     * A message read back from the outbox: its headers parsed for Angus, and written out as the
     * very bytes stored, so what goes on the wire is what was queued.
     */
    private static final class StoredMessage extends SMTPMessage {
        private final byte[] bytes;

        StoredMessage(Session session, byte[] bytes) throws MessagingException {
            super(session, new SharedByteArrayInputStream(bytes));
            this.bytes = bytes;
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
            os.write(bytes);
        }
    }
}
