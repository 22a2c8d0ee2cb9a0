package fr.missive.mail.returns;

import fr.missive.mail.ImapProperties;
import fr.missive.mail.MailServerPolicy;
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
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.X509ExtendedTrustManager;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Opens an account's INBOX over IMAP for the returns reading, with the same TLS checks and
 * OAuth2 sign-in as the copy into the Sent folder.
 */
public final class ImapReturnsMailboxes {

    /** The folder the used reports are filed in, below the mailbox's root, whatever its separator. */
    public static final List<String> RETURNS_FOLDER = List.of("Missive", "Returns");
    /** The keyword set on a used report where the folder accepts keywords of its own. */
    static final String KEYWORD = "$MissiveReturn";

    private final Duration timeout;
    private final X509ExtendedTrustManager trust;
    private final MailServerPolicy policy;
    private final boolean moveWhenOffered;

    public ImapReturnsMailboxes(MailServerPolicy policy) {
        this(Duration.ofSeconds(30), null, policy, true);
    }

    /**
     * @param trust           the authorities (null: the Java runtime's)
     * @param moveWhenOffered false to copy and flag even when the server can MOVE (tests of that path)
     */
    public ImapReturnsMailboxes(Duration timeout, X509ExtendedTrustManager trust, MailServerPolicy policy,
                                boolean moveWhenOffered) {
        this.timeout = timeout;
        this.trust = trust;
        this.policy = policy;
        this.moveWhenOffered = moveWhenOffered;
    }

    /**
     * Signs in and opens INBOX for reading and flagging.
     *
     * @param xoauth2 {@code password} is an OAuth2 access token
     */
    public ReturnsMailbox open(ImapSettings settings, String user, Password password, boolean xoauth2)
            throws ReturnsMailboxException {
        return open(settings, user, password, xoauth2, List.of());
    }

    /**
     * As {@link #open(ImapSettings, String, Password, boolean)}, trusting also the certificates
     * an administrator trusted for the server's host (as the Sent copy does).
     */
    public ReturnsMailbox open(ImapSettings settings, String user, Password password, boolean xoauth2,
                               Collection<CertificateFingerprint> pinned) throws ReturnsMailboxException {
        if (!policy.allows(settings.host(), settings.port())) {
            throw new ReturnsMailboxException(ReturnsMailboxException.Kind.NOT_ALLOWED, settings.host(), null);
        }
        java.util.Properties properties = ImapProperties.of(settings, timeout, trust, pinned, xoauth2);
        // BODY.PEEK: reading a message must not mark it as read; only a used report is flagged seen.
        properties.put("mail.imap.peek", "true");
        properties.put("mail.imaps.peek", "true");
        Session session = Session.getInstance(properties);
        Store store = null;
        try {
            store = session.getStore(settings.security() == Security.TLS ? "imaps" : "imap");
            store.connect(settings.host(), settings.port(), user, password == null ? "" : password.reveal());
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            boolean move = moveWhenOffered && ((IMAPStore) store).hasCapability("MOVE");
            return new Opened(store, inbox, move);
        } catch (MessagingException e) {
            close(store);
            throw failure(e);
        }
    }

    /**
     * Signs in and opens INBOX read-only (EXAMINE) to wait there for new mail: a second connection
     * beside the one each reading opens, kept while the window is open.
     */
    public InboxWatch watch(ImapSettings settings, String user, Password password, boolean xoauth2,
                            Collection<CertificateFingerprint> pinned) throws ReturnsMailboxException {
        if (!policy.allows(settings.host(), settings.port())) {
            throw new ReturnsMailboxException(ReturnsMailboxException.Kind.NOT_ALLOWED, settings.host(), null);
        }
        ImapProperties.Cuttable connection = ImapProperties.cuttable(settings, timeout, trust, pinned, xoauth2);
        Session session = Session.getInstance(connection.properties());
        Store store = null;
        try {
            store = session.getStore(settings.security() == Security.TLS ? "imaps" : "imap");
            store.connect(settings.host(), settings.port(), user, password == null ? "" : password.reveal());
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            return new Watching(store, inbox, ((IMAPStore) store).hasCapability("IDLE"), connection.cut());
        } catch (MessagingException e) {
            connection.cut().run();
            close(store);
            throw failure(e);
        }
    }

    static ReturnsMailboxException failure(MessagingException e) {
        boolean network = e.getCause() instanceof IOException || e.getNextException() instanceof IOException
                || e instanceof jakarta.mail.StoreClosedException || e instanceof jakarta.mail.FolderClosedException;
        ReturnsMailboxException.Kind kind = e instanceof AuthenticationFailedException || !network
                ? ReturnsMailboxException.Kind.REFUSED : ReturnsMailboxException.Kind.UNREACHABLE;
        return new ReturnsMailboxException(kind, e.getMessage(), e);
    }

    private static void close(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
        }
    }

    /** INBOX examined on a connection of its own, idling on the caller's thread. */
    private static final class Watching implements InboxWatch {
        private final Store store;
        private final IMAPFolder inbox;
        private final boolean idle;
        private final Runnable cut;
        private volatile boolean closed;

        Watching(Store store, IMAPFolder inbox, boolean idle, Runnable cut) {
            this.store = store;
            this.inbox = inbox;
            this.idle = idle;
            this.cut = cut;
        }

        @Override
        public boolean canIdle() {
            return idle;
        }

        @Override
        public boolean awaitNewMail() throws ReturnsMailboxException {
            try {
                // Angus's count grows only with EXISTS for new messages (an EXPUNGE leaves it), so a
                // keep-alive ("* OK Still here") or our own filing away is not taken for new mail.
                int before = inbox.getMessageCount();
                // once: IDLE ends at the first thing the server says, so the caller can read the mailbox then.
                inbox.idle(true);
                if (closed) {
                    return false;
                }
                if (!inbox.isOpen()) {
                    // A BYE or a dropped connection ends IDLE quietly: the caller must hear it as a loss.
                    throw new ReturnsMailboxException(ReturnsMailboxException.Kind.UNREACHABLE, "connection closed",
                            null);
                }
                return inbox.getMessageCount() > before;
            } catch (MessagingException e) {
                if (closed) {
                    return false;
                }
                throw failure(e);
            } catch (IllegalStateException notOpen) {
                if (closed) {
                    return false;
                }
                throw new ReturnsMailboxException(ReturnsMailboxException.Kind.UNREACHABLE, "INBOX closed", notOpen);
            }
        }

        @Override
        public void renew() {
            // Any command from another thread makes Angus send DONE; it waits for the server, so not on the caller.
            Thread noop = new Thread(() -> {
                try {
                    inbox.doCommand(protocol -> {
                        protocol.noop();
                        return null;
                    });
                } catch (MessagingException | RuntimeException deadConnection) {
                    cut.run();
                }
            }, "missive-returns-renew");
            noop.setDaemon(true);
            noop.start();
        }

        @Override
        public void close() {
            closed = true;
            cut.run();
            ImapReturnsMailboxes.close(store);
        }
    }

    /** An open INBOX; its connection is closed with it, never with an expunge. */
    private static final class Opened implements ReturnsMailbox {
        private final Store store;
        private final IMAPFolder inbox;
        private final boolean move;
        private IMAPFolder returns;

        Opened(Store store, IMAPFolder inbox, boolean move) {
            this.store = store;
            this.inbox = inbox;
            this.move = move;
        }

        @Override
        public long uidValidity() {
            try {
                return inbox.getUIDValidity();
            } catch (MessagingException e) {
                return -1;
            }
        }

        @Override
        public List<MailboxMessage> newerThan(long afterUid, int max) throws ReturnsMailboxException {
            try {
                // "n:*" names the last message even when its UID is below n (RFC 3501 6.4.8): filtered below.
                Message[] found = inbox.getMessagesByUID(afterUid + 1, UIDFolder.MAXUID);
                List<MailboxMessage> newer = new ArrayList<>();
                for (Message m : found) {
                    if (m == null) {
                        continue;
                    }
                    long uid = inbox.getUID(m);
                    if (uid <= afterUid) {
                        continue;
                    }
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    m.writeTo(bytes);
                    java.util.Date received = m.getReceivedDate();
                    newer.add(new MailboxMessage(uid, bytes.toByteArray(),
                            received == null ? null : received.toInstant()));
                    if (newer.size() >= max) {
                        break;
                    }
                }
                return newer;
            } catch (MessagingException e) {
                throw failure(e);
            } catch (IOException e) {
                throw new ReturnsMailboxException(ReturnsMailboxException.Kind.UNREACHABLE, e.getMessage(), e);
            }
        }

        @Override
        public void fileAway(long uid) throws ReturnsMailboxException {
            try {
                Message message = inbox.getMessageByUID(uid);
                if (message == null) {
                    return;
                }
                Flags flags = new Flags(Flags.Flag.SEEN);
                if (inbox.getPermanentFlags().contains(Flags.Flag.USER)) {
                    flags.add(KEYWORD);
                }
                inbox.setFlags(new Message[] {message}, flags, true);
                IMAPFolder target = returnsFolder();
                if (move) {
                    // MOVE (RFC 6851) only: Angus's moveMessages would copy, delete and expunge without it.
                    inbox.moveMessages(new Message[] {message}, target);
                } else {
                    inbox.copyMessages(new Message[] {message}, target);
                }
            } catch (MessagingException e) {
                throw failure(e);
            }
        }

        private IMAPFolder returnsFolder() throws MessagingException {
            if (returns == null) {
                char separator = store.getDefaultFolder().getSeparator();
                IMAPFolder folder = (IMAPFolder) store.getFolder(String.join(String.valueOf(separator),
                        RETURNS_FOLDER));
                if (!folder.exists()) {
                    Folder parent = store.getFolder(RETURNS_FOLDER.get(0));
                    if (!parent.exists()) {
                        parent.create(Folder.HOLDS_FOLDERS | Folder.HOLDS_MESSAGES);
                    }
                    folder.create(Folder.HOLDS_MESSAGES);
                }
                returns = folder;
            }
            return returns;
        }

        @Override
        public void close() {
            try {
                if (inbox.isOpen()) {
                    inbox.close(false);
                }
            } catch (MessagingException ignored) {
                // closing without expunge; a dropped connection has nothing to close
            }
            ImapReturnsMailboxes.close(store);
        }
    }
}
