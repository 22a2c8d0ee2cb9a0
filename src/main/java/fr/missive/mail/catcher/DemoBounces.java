package fr.missive.mail.catcher;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import fr.missive.mail.returns.DeliveryReportWriter;
import fr.missive.model.returns.BounceReason;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The sandbox's mail server sends bounces too, so that the whole loop of "who received it" can be
 * tried without a real server: a message to any address at {@link #DOMAIN} is answered, as a real
 * server answers a message to a mailbox that does not exist, by a delivery report (RFC 3464,
 * written by {@link DeliveryReportWriter}) in the sender's INBOX, where the returns reading finds it.
 *
 * <p>The catcher lives as long as one process; a command line sends in one run and reads the
 * returns in the next. The reports not read yet are therefore kept as files in the sandbox's
 * folder, put back into the INBOX at the next start, and forgotten once read (moved out of the
 * INBOX, or flagged as seen where the server could not move them).
 */
final class DemoBounces implements MessageDeliveryHandler {

    /**
     * The domain whose every address bounces. {@code .invalid} is reserved by RFC 2606 and RFC 6761
     * as a name that never resolves: nobody can own it, so no real family's address can ever be
     * taken for a demonstration bounce, and a message there could not reach anyone even outside
     * the sandbox.
     */
    static final String DOMAIN = "adresse-inconnue.invalid";
    static final String REPORTING_HOST = "mx.demonstration.invalid";
    private static final Logger LOG = Logger.getLogger(DemoBounces.class.getName());
    private static final String SUFFIX = ".eml";

    private final UserManager users;
    private final ImapHostManager mailboxes;
    private final MessageDeliveryHandler usual;
    private final Path kept;
    private final Clock clock;
    private final DeliveryReportWriter writer = new DeliveryReportWriter(REPORTING_HOST);

    DemoBounces(UserManager users, Path kept, Clock clock) {
        this.users = users;
        this.mailboxes = users.getImapHostManager();
        this.usual = users.getMessageDeliveryHandler();
        this.kept = kept;
        this.clock = clock;
    }

    static boolean bounces(String address) {
        return address != null && address.toLowerCase(Locale.ROOT).endsWith("@" + DOMAIN);
    }

    /**
     * The message is kept in the recipient's box all the same (the demonstration mailbox shows
     * what Missive sent); the report goes to the sender.
     */
    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress recipient) throws MessagingException, UserException {
        if (bounces(recipient.getEmail())) {
            returnReport(message, recipient.getEmail());
        }
        return usual.handle(message, recipient);
    }

    private void returnReport(MovingMessage message, String recipient) throws MessagingException, UserException {
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        try {
            message.getMessage().writeTo(original);
        } catch (IOException e) {
            throw new MessagingException("the message to bounce cannot be read", e);
        }
        byte[] report = writer.write(withReturnPath(original.toByteArray(), message.getReturnPath()), recipient,
                BounceReason.UNKNOWN_ADDRESS, clock.instant());
        MimeMessage parsed = parse(report);
        deliverToSender(parsed);
        keep(parsed.getMessageID(), report);
    }

    /** The envelope sender first, as a server records it in Return-Path, so the report goes where a server's would. */
    private static byte[] withReturnPath(byte[] original, MailAddress returnPath) {
        if (returnPath == null || returnPath.getEmail() == null || returnPath.getEmail().isBlank()) {
            return original;
        }
        byte[] header = ("Return-Path: <" + returnPath.getEmail() + ">\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] joined = new byte[header.length + original.length];
        System.arraycopy(header, 0, joined, 0, header.length);
        System.arraycopy(original, 0, joined, header.length, original.length);
        return joined;
    }

    private void deliverToSender(MimeMessage report) throws MessagingException, UserException {
        String to = ((InternetAddress) report.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getAddress();
        GreenMailUser sender = users.getUserByEmail(to);
        if (sender == null) {
            sender = users.createUser(to, to, "");
        }
        sender.deliver(report);
    }

    /** Puts back into the INBOX the reports a previous run returned and nobody read yet. */
    void restoreKept() {
        if (kept == null || !Files.isDirectory(kept)) {
            return;
        }
        for (Path file : keptFiles()) {
            try {
                deliverToSender(parse(Files.readAllBytes(file)));
            } catch (IOException | MessagingException | UserException | RuntimeException e) {
                LOG.log(Level.WARNING, "A kept demonstration report could not be put back: " + file, e);
            }
        }
    }

    /** Forgets the kept reports that were read: no longer unread in an INBOX. */
    void forgetRead() {
        if (kept == null || !Files.isDirectory(kept)) {
            return;
        }
        Set<String> unread = unreadMessageIds();
        for (Path file : keptFiles()) {
            try {
                String id = parse(Files.readAllBytes(file)).getMessageID();
                if (id == null || !unread.contains(id)) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | MessagingException e) {
                LOG.log(Level.WARNING, "A kept demonstration report could not be checked: " + file, e);
            }
        }
    }

    private Set<String> unreadMessageIds() {
        Set<String> ids = new HashSet<>();
        for (GreenMailUser user : users.listUser()) {
            try {
                for (StoredMessage stored : mailboxes.getInbox(user).getMessages()) {
                    if (!stored.getFlags().contains(Flags.Flag.SEEN)) {
                        String id = stored.getMimeMessage().getMessageID();
                        if (id != null) {
                            ids.add(id);
                        }
                    }
                }
            } catch (FolderException | MessagingException e) {
                LOG.log(Level.FINE, "An INBOX of the catcher could not be listed", e);
            }
        }
        return ids;
    }

    private void keep(String messageId, byte[] report) {
        if (kept == null) {
            return;
        }
        try {
            Files.createDirectories(kept);
            String name = (messageId == null ? Long.toString(clock.millis()) : messageId)
                    .replaceAll("[^A-Za-z0-9.@-]", "_");
            Files.write(kept.resolve(name + SUFFIX), report);
        } catch (IOException e) {
            // The report is in the INBOX all the same; only a later run of the command line would miss it.
            LOG.log(Level.WARNING, "A demonstration report could not be kept for the next run", e);
        }
    }

    private List<Path> keptFiles() {
        try (Stream<Path> files = Files.list(kept)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The kept demonstration reports cannot be listed", e);
            return List.of();
        }
    }

    private static MimeMessage parse(byte[] bytes) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }
}
