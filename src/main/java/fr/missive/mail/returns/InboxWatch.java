package fr.missive.mail.returns;

/**
 * A connection kept open on an account's INBOX to hear of new mail as it arrives: IMAP IDLE
 * (RFC 2177) where the server offers it. It reads no message itself; the caller reads the
 * mailbox with a {@link ReturnsMailbox} when told something changed.
 */
public interface InboxWatch extends AutoCloseable {

    /** Whether the server offers IDLE; without it the caller polls and closes this watch. */
    boolean canIdle();

    /**
     * Waits in IDLE until the server says something about the INBOX (new mail, a message gone, a
     * flag, a keep-alive), until {@link #renew()} or until the watch is closed.
     *
     * @return whether new messages arrived meanwhile (the server's message count grew)
     * @throws ReturnsMailboxException UNREACHABLE when the connection is lost, REFUSED when the
     *                                 server refuses IDLE itself
     */
    boolean awaitNewMail() throws ReturnsMailboxException;

    /**
     * Ends the current IDLE from another thread (RFC 2177: a server may drop a client idle for 30
     * minutes, so the caller re-issues it sooner). Returns at once; a connection found dead on the
     * way is cut, and {@link #awaitNewMail()} then fails.
     */
    void renew();

    /** Cuts the connection at once, from any thread: a thread in {@link #awaitNewMail()} returns or fails promptly. */
    @Override
    void close();
}
