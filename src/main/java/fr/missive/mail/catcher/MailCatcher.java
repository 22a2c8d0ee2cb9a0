package fr.missive.mail.catcher;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.mail.MimeReader;
import fr.missive.model.sandbox.CaughtMessage;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's demonstration mail catcher: a real SMTP server, and an IMAP server for the
 * copies in the Sent folder, inside the process (GreenMail), listening on 127.0.0.1 only, on
 * ports the system chooses free. It delivers nothing onwards: what it receives is kept in
 * memory, for the demonstration mailbox to show, until the process ends.
 */
public final class MailCatcher implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    /** The Sent folder made in each mailbox, where Missive finds it by its usual name. */
    public static final String SENT_FOLDER = "Sent";

    /**
     * GreenMail says at INFO each mailbox it makes for a new recipient, with its made-up password:
     * noise on a command line's standard error. Held here, since the logging system keeps its
     * loggers only while someone does.
     */
    private static final java.util.logging.Logger GREENMAIL_LOG = quiet("com.icegreen.greenmail");

    /** Every address at this domain bounces: see {@link DemoBounces#DOMAIN} for why this name. */
    public static final String BOUNCING_DOMAIN = DemoBounces.DOMAIN;

    private final GreenMail server;
    private final DemoBounces bounces;
    private final MimeReader reader = new MimeReader();

    private MailCatcher(GreenMail server, DemoBounces bounces) {
        this.server = server;
        this.bounces = bounces;
    }

    /**
     * Starts both servers, with a mailbox and its Sent folder for each address (its login is
     * the address; the catcher accepts any password, there being nothing to protect).
     */
    public static MailCatcher start(Collection<String> mailboxes) {
        return start(mailboxes, null, java.time.Clock.systemUTC());
    }

    /**
     * As {@link #start(Collection)}, and the delivery reports about the messages sent to
     * {@link #BOUNCING_DOMAIN} that were not read yet are kept in {@code keptReports} from one run
     * to the next (a command line sends in one run and reads the returns in another).
     */
    public static MailCatcher start(Collection<String> mailboxes, java.nio.file.Path keptReports,
                                    java.time.Clock clock) {
        ServerSetup smtp = new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort();
        ServerSetup imap = new ServerSetup(0, HOST, ServerSetup.PROTOCOL_IMAP).dynamicPort();
        GreenMail server = new GreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        try {
            for (String address : mailboxes) {
                GreenMailUser user = server.setUser(address, address, "");
                server.getManagers().getImapHostManager().createMailbox(user, SENT_FOLDER);
            }
        } catch (FolderException | com.icegreen.greenmail.imap.AuthorizationException e) {
            server.stop();
            throw new IllegalStateException("the demonstration mailboxes could not be made", e);
        }
        DemoBounces bounces = new DemoBounces(server.getManagers().getUserManager(), keptReports, clock);
        server.getManagers().getUserManager().setMessageDeliveryHandler(bounces);
        bounces.restoreKept();
        return new MailCatcher(server, bounces);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    public int imapPort() {
        return server.getImap().getPort();
    }

    /**
     * What was received, newest first: one entry per message however many recipients' boxes it
     * reached (and the copy Missive put in a Sent folder), identified by its Message-ID.
     */
    public List<CaughtMessage> messages() {
        Map<String, StoredMessage> firstOfEach = new LinkedHashMap<>();
        for (StoredMessage stored : server.getManagers().getImapHostManager().getAllMessages()) {
            String id = messageId(stored.getMimeMessage(), stored.getUid());
            StoredMessage known = firstOfEach.get(id);
            if (known == null || stored.getReceivedDate().before(known.getReceivedDate())) {
                firstOfEach.put(id, stored);
            }
        }
        List<CaughtMessage> caught = new ArrayList<>();
        firstOfEach.forEach((id, stored) -> caught.add(read(id, stored)));
        caught.sort(Comparator.comparing(CaughtMessage::received).reversed());
        return caught;
    }

    /** How many distinct messages were received: cheap enough to poll for new arrivals. */
    public int count() {
        return (int) server.getManagers().getImapHostManager().getAllMessages().stream()
                .map(m -> messageId(m.getMimeMessage(), m.getUid())).distinct().count();
    }

    private CaughtMessage read(String id, StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            byte[] mime = bytes.toByteArray();
            return new CaughtMessage(id, Instant.ofEpochMilli(stored.getReceivedDate().getTime()),
                    display(message.getFrom()), message.getSubject(), reader.read(mime), mime);
        } catch (MessagingException e) {
            throw new IllegalStateException("a caught message cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String messageId(MimeMessage message, long uid) {
        try {
            String id = message.getMessageID();
            return id == null ? "uid-" + uid : id;
        } catch (MessagingException e) {
            return "uid-" + uid;
        }
    }

    private static String display(Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return "";
        }
        if (addresses[0] instanceof InternetAddress address) {
            String personal = address.getPersonal();
            return personal == null || personal.isBlank() ? address.getAddress()
                    : personal + " <" + address.getAddress() + ">";
        }
        return addresses[0].toString();
    }

    @Override
    public void close() {
        bounces.forgetRead();
        server.stop();
    }
}
