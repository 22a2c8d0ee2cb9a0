package fr.missive.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketException;
import java.util.Locale;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus's SMTP transport, watched: it records how far the dialogue went (phase, greeting,
 * whether STARTTLS was offered before it was used) so a failure is diagnosed from state and
 * reply codes, it stops at the next step once the attempt is cancelled, and it refuses to
 * issue AUTH over a connection that is not encrypted unless the settings allow it, whatever
 * Angus would otherwise do.
 */
final class AttemptTransport extends SMTPTransport {

    private final SocketRegistry registry;
    private final boolean plainPasswordAllowed;
    private volatile Phase phase = Phase.CONNECTING;
    private volatile long phaseStartNanos = System.nanoTime();
    private volatile boolean greeted;
    private volatile boolean firstEhloAnswered;
    private volatile boolean startTlsOffered;
    private volatile boolean encrypted;
    private volatile Runnable beforeEndOfData;

    AttemptTransport(Session session, String host, int port, boolean implicitTls, boolean plainPasswordAllowed,
                     SocketRegistry registry) {
        super(session, new URLName("smtp", host, port, null, null, null));
        this.registry = registry;
        this.plainPasswordAllowed = plainPasswordAllowed;
        this.encrypted = implicitTls;
    }

    Phase phase() {
        return phase;
    }

    /** Nanoseconds spent in the current phase so far. */
    long nanosInPhase() {
        return System.nanoTime() - phaseStartNanos;
    }

    boolean greeted() {
        return greeted;
    }

    boolean firstEhloAnswered() {
        return firstEhloAnswered;
    }

    boolean startTlsOffered() {
        return startTlsOffered;
    }

    boolean encrypted() {
        return encrypted;
    }

    boolean offersAuthentication() {
        return supportsExtension("AUTH") || supportsExtension("AUTH=LOGIN");
    }

    private void enter(Phase next) throws MessagingException {
        try {
            registry.checkNotCancelled();
        } catch (SocketException e) {
            throw new MessagingException("cancelled", e);
        }
        phase = next;
        phaseStartNanos = System.nanoTime();
    }

    @Override
    protected boolean ehlo(String domain) throws MessagingException {
        greeted = true;
        enter(phase == Phase.STARTTLS ? Phase.STARTTLS : Phase.EHLO);
        boolean answered = super.ehlo(domain);
        if (!firstEhloAnswered) {
            firstEhloAnswered = true;
            startTlsOffered = answered && supportsExtension("STARTTLS");
        }
        return answered;
    }

    @Override
    protected void helo(String domain) throws MessagingException {
        greeted = true;
        firstEhloAnswered = true;
        enter(Phase.EHLO);
        super.helo(domain);
    }

    @Override
    protected void startTLS() throws MessagingException {
        enter(Phase.STARTTLS);
        super.startTLS();
        encrypted = true;
    }

    @Override
    public synchronized int simpleCommand(String cmd) throws MessagingException {
        if (cmd.toUpperCase(Locale.ROOT).startsWith("AUTH")) {
            enter(Phase.AUTH);
        }
        guardPassword();
        return super.simpleCommand(cmd);
    }

    @Override
    protected int simpleCommand(byte[] cmd) throws MessagingException {
        guardPassword();
        return super.simpleCommand(cmd);
    }

    private void guardPassword() throws MessagingException {
        if (phase == Phase.AUTH && !encrypted && !plainPasswordAllowed) {
            throw new PlainPasswordRefusedException();
        }
    }

    @Override
    protected void mailFrom() throws MessagingException {
        enter(Phase.MAIL_FROM);
        super.mailFrom();
    }

    @Override
    protected void rcptTo() throws MessagingException {
        enter(Phase.RCPT_TO);
        super.rcptTo();
    }

    @Override
    protected OutputStream data() throws MessagingException {
        enter(Phase.DATA);
        return super.data();
    }

    /** Run before the final "." of each message: what must be done before the server may accept it. */
    void beforeEndOfData(Runnable barrier) {
        beforeEndOfData = barrier;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        Runnable barrier = beforeEndOfData;
        if (barrier != null) {
            try {
                barrier.run();
            } catch (RuntimeException e) {
                // Without the "." the server drops the message: nothing is accepted unrecorded.
                throw new IOException("the previous message's outcome could not be recorded", e);
            }
        }
        super.finishData();
    }

    @Override
    public synchronized void close() throws MessagingException {
        phase = Phase.QUIT;
        super.close();
    }
}
