package fr.missive.mail;

import fr.missive.model.mail.DeliveryOutcome;
import java.util.List;

/**
 * One SMTP connection reused across messages: connected when first needed, connected again
 * when the server dropped it, closed by {@link #close()}. Used by one thread at a time.
 */
public interface MailConnection extends AutoCloseable {

    /**
     * Hands the stored MIME bytes to the server, unchanged, for these envelope addresses.
     * Never throws for a network or server failure: it comes back as the outcome.
     */
    default DeliveryOutcome deliver(String envelopeFrom, List<String> recipients, byte[] mime) {
        return deliver(envelopeFrom, recipients, mime, () -> { });
    }

    /**
     * As {@link #deliver(String, List, byte[])}, running {@code beforeAccepting} just before the
     * end of the message goes: until then the server cannot accept it, so the caller may still
     * be recording the previous message's outcome while this one is on its way.
     */
    DeliveryOutcome deliver(String envelopeFrom, List<String> recipients, byte[] mime, Runnable beforeAccepting);

    /**
     * The largest message the server said it takes (the SIZE parameter of its EHLO reply, RFC
     * 1870) when last connected, in bytes; 0 when it said nothing or set no limit. A message
     * larger than that is refused at once, before any byte of it is uploaded.
     */
    default long advertisedMaxSize() {
        return 0;
    }

    /** Says QUIT and closes the socket; the connection may be opened again by a next delivery. */
    @Override
    void close();

    /** Closes the password too: the connection cannot be used again. */
    void dispose();
}
