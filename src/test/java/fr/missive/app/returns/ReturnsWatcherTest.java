package fr.missive.app.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.mail.MailServerPolicy;
import fr.missive.mail.returns.DeliveryReportWriter;
import fr.missive.mail.returns.ImapReturnsMailboxes;
import fr.missive.mail.returns.InboxWatch;
import fr.missive.mail.returns.ReturnReportReader;
import fr.missive.mail.returns.ReturnsMailboxException;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.outbox.MailOrigin.ContactRef;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.LoggedReturn;
import fr.missive.model.returns.RecipientReturns;
import fr.missive.model.returns.ReturnKind;
import fr.missive.store.accounts.JdbcAccountStore;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.store.returns.JdbcReturnStore;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background reading against GreenMail's IMAP server on loopback (it offers IDLE and pushes
 * EXISTS while a client idles), with the real readers, a real database and an injected ticker that
 * moves only when the test says: a letter sent to three guardians, one of whose addresses does not
 * exist, and the delivery report about it arriving while the watcher runs.
 */
class ReturnsWatcherTest {

    private static final String MAILBOX = "secretariat@college-jaures.example.org";
    private static final String PASSWORD = "boite-secret";
    private static final String SENT_ID = "<missive.5120.1768201798@college-jaures.example.org>";
    private static final Instant SENT = Instant.parse("2026-01-12T07:09:58Z");
    private static final String MARTIN = "famille.martin@example.net";

    @TempDir
    Path folder;
    private int port;
    private GreenMail mail;
    private Database db;
    private JdbcReturnStore store;
    private JdbcContactStore contacts;
    private Contact martin;
    private Contact durand;
    private Contact leroy;
    private long sentId;
    private final ManualTicker ticker = new ManualTicker();
    private final AtomicInteger watchesOpened = new AtomicInteger();
    private final AtomicInteger idles = new AtomicInteger();
    private final AtomicInteger scans = new AtomicInteger();
    private final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler logs = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private ReturnsWatcher watcher;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // fixed, so that the server can come back on it
        }
        startServer();
        db = Database.open(folder, Database.OpeningListener.NONE);
        store = new JdbcReturnStore(db);
        contacts = new JdbcContactStore(db);
        martin = contacts.save(guardian("Martin", MARTIN));
        durand = contacts.save(guardian("Durand", "c.durand@example.com"));
        leroy = contacts.save(guardian("Leroy", "p.leroy@example.net"));
        JdbcOutboxStore outbox = new JdbcOutboxStore(db);
        sentId = outbox.enqueue(List.of(new NewOutboxMessage(1, 1, SENT_ID, "Convocation", MAILBOX,
                List.of(MARTIN, "c.durand@example.com", "p.leroy@example.net"), original(),
                new MailOrigin("Convocation", List.of(new ContactRef(martin.id(), "Martin"),
                        new ContactRef(durand.id(), "Durand"), new ContactRef(leroy.id(), "Leroy"))))), SENT).get(0);
        outbox.markSending(List.of(sentId));
        outbox.markSent(sentId, SENT, "250 ok", List.of());
        new JdbcAccountStore(db).save(new Account(null, AccountKind.INSTITUTION, "Secrétariat",
                EmailAddress.parse(MAILBOX), null, SettingsSource.WORKSTATION, null, null, null, false, true, null,
                new ImapSettings("127.0.0.1", port, Security.NONE, "secretariat", null)));
        Logger.getLogger(ReturnsWatcher.class.getName()).addHandler(logs);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(ReturnsWatcher.class.getName()).removeHandler(logs);
        if (watcher != null) {
            watcher.stop();
        }
        db.close();
        mail.stop();
    }

    @Test
    void inIdleTheBounceOfOneOfThreeGuardiansIsRecordedOnArrivalWithoutAnyPollDue() throws Exception {
        watcher = watcher(WatchPolicy.DEFAULT);
        watcher.start();
        Eventually.until("the watcher idles on the INBOX", () -> idles.get() == 1);

        deliverBounceFor(MARTIN);

        Eventually.until("the bounce is in the sent log", () -> !store.returnsOf(List.of(sentId)).isEmpty());
        Map<String, RecipientReturns> returns = RecipientReturns.byAddress(
                store.returnsOf(List.of(sentId)).get(sentId));
        assertThat(returns).containsOnlyKeys(MARTIN);
        assertThat(returns.get(MARTIN).current()).get()
                .extracting(LoggedReturn::kind, LoggedReturn::reason)
                .containsExactly(ReturnKind.BOUNCED, BounceReason.UNKNOWN_ADDRESS);
        Eventually.until("the contact is marked", () -> store.bounceMark(martin.id()).isPresent());
        assertThat(store.bounceMark(durand.id())).isEmpty();
        assertThat(store.bounceMark(leroy.id())).isEmpty();
        // No time went by on the ticker: no poll was due; the server's EXISTS woke the reading.
        assertThat(ticker.elapsed()).isZero();
        assertThat(scans.get()).isGreaterThanOrEqualTo(2);
        assertThat(watchesOpened.get()).isEqualTo(1);
        Eventually.until("the watcher idles again", () -> idles.get() >= 2);
    }

    @Test
    void idleIsIssuedAgainWhenTheRenewalFallsDueAndTheMailboxIsReadThen() throws Exception {
        watcher = watcher(WatchPolicy.DEFAULT);
        watcher.start();
        Eventually.until("the watcher idles on the INBOX", () -> idles.get() == 1);
        assertThat(ticker.pending()).contains(Duration.ofMinutes(25));

        ticker.advance(Duration.ofMinutes(25));

        Eventually.until("IDLE issued again", () -> idles.get() == 2);
        assertThat(scans.get()).isEqualTo(2);
        assertThat(watchesOpened.get()).isEqualTo(1);
    }

    @Test
    void withIdleTurnedOffTheMailboxIsReadAtEachPollOfTheTicker() throws Exception {
        watcher = watcher(WatchPolicy.DEFAULT.withoutIdle());
        watcher.start();
        Eventually.until("the first reading and the poll it waits for",
                () -> scans.get() == 1 && ticker.pending().stream().filter(Duration.ofSeconds(30)::equals).count() == 2);

        deliverBounceFor(MARTIN);
        // The report waits in the INBOX for the poll: nothing listens to the server.
        assertThat(store.returnsOf(List.of(sentId))).isEmpty();
        ticker.advance(Duration.ofSeconds(30));

        Eventually.until("the bounce is in the sent log and on the contact",
                () -> !store.returnsOf(List.of(sentId)).isEmpty() && store.bounceMark(martin.id()).isPresent());
        assertThat(watchesOpened.get()).isZero();
        assertThat(idles.get()).isZero();
    }

    @Test
    void aServerThatRefusesIdleIsPolledInstead() throws Exception {
        ImapReturnsMailboxes mailboxes = mailboxes();
        InboxWatchOpener refusing = account -> new CountingWatch(
                mailboxes.watch(account.imap(), "secretariat", Password.of(PASSWORD), false, List.of())) {
            @Override
            public boolean awaitNewMail() throws ReturnsMailboxException {
                idles.incrementAndGet();
                throw new ReturnsMailboxException(ReturnsMailboxException.Kind.REFUSED, "BAD IDLE not allowed", null);
            }
        };
        watcher = new ReturnsWatcher(service(), refusing, ticker, WatchPolicy.DEFAULT);
        watcher.start();
        Eventually.until("the watcher polls", () -> idles.get() == 1
                && ticker.pending().stream().filter(Duration.ofSeconds(30)::equals).count() == 2);

        deliverBounceFor(MARTIN);
        ticker.advance(Duration.ofSeconds(30));

        Eventually.until("the bounce is in the sent log", () -> !store.returnsOf(List.of(sentId)).isEmpty());
        assertThat(idles.get()).isEqualTo(1);
    }

    @Test
    void stopWhileIdlingEndsEveryThread() throws Exception {
        watcher = watcher(WatchPolicy.DEFAULT);
        watcher.start();
        Eventually.until("the watcher idles on the INBOX", () -> idles.get() == 1);
        assertThat(watcher.watched()).hasSize(1);

        boolean ended = watcher.stop();

        assertThat(ended).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().startsWith("missive-returns") && !t.getName().endsWith("-timer")
                        && !t.getName().endsWith("-renew") && t.isAlive());
        assertThat(watcher.watched()).isEmpty();
    }

    @Test
    void aMailboxWhoseServerGoesAwayIsTriedAgainLessOftenLoggedOnceAndReadWhenItComesBack() throws Exception {
        watcher = watcher(WatchPolicy.DEFAULT);
        watcher.start();
        Eventually.until("the watcher idles on the INBOX", () -> idles.get() == 1);

        mail.stop();
        Eventually.until("a try in 5 s", () -> ticker.pending().contains(Duration.ofSeconds(5)));
        ticker.advance(Duration.ofSeconds(5));
        Eventually.until("then a try in 10 s", () -> ticker.pending().contains(Duration.ofSeconds(10)));
        startServer();
        deliverBounceFor(MARTIN);
        ticker.advance(Duration.ofSeconds(10));

        Eventually.until("the bounce is in the sent log and on the contact",
                () -> !store.returnsOf(List.of(sentId)).isEmpty() && store.bounceMark(martin.id()).isPresent());
        List<LogRecord> warnings = loggedNow().stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertThat(warnings).singleElement().satisfies(r -> assertThat(r.getMessage()).contains("trying again"));
        Eventually.until("the return is said", () -> loggedNow().stream()
                .anyMatch(r -> r.getLevel() == Level.INFO && r.getMessage().contains("read again")));
        assertThat(loggedNow()).noneMatch(r -> String.valueOf(r.getMessage()).contains(PASSWORD)
                || (r.getParameters() != null && List.of(r.getParameters()).toString().contains(PASSWORD)));
    }

    /**
     * What was logged so far: the watcher's threads keep logging while the test reads, and a
     * synchronized list's stream is not synchronized.
     */
    private List<LogRecord> loggedNow() {
        synchronized (logged) {
            return List.copyOf(logged);
        }
    }

    private ReturnsWatcher watcher(WatchPolicy policy) {
        ImapReturnsMailboxes mailboxes = mailboxes();
        InboxWatchOpener opener = account -> new CountingWatch(
                mailboxes.watch(account.imap(), "secretariat", Password.of(PASSWORD), false, List.of()));
        return new ReturnsWatcher(service(), opener, ticker, policy);
    }

    private ReturnsService service() {
        ImapReturnsMailboxes mailboxes = mailboxes();
        ReturnsScan scan = new ReturnsScan(store, new ReturnsRecorder(store, contacts), new ReturnReportReader()::read,
                account -> {
                    scans.incrementAndGet();
                    return mailboxes.open(account.imap(), "secretariat", Password.of(PASSWORD), false);
                }, Clock.systemUTC(), "pc-accueil", Duration.ofMinutes(5));
        return new ReturnsService(new JdbcAccountStore(db), null, store, scan);
    }

    private static ImapReturnsMailboxes mailboxes() {
        return new ImapReturnsMailboxes(Duration.ofSeconds(5), null, MailServerPolicy.anyServer(), true);
    }

    private void startServer() {
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        mail.setUser(MAILBOX, "secretariat", PASSWORD);
    }

    /** The delivery report a server writes when {@code recipient} does not exist, put in the INBOX. */
    private void deliverBounceFor(String recipient) throws Exception {
        byte[] report = new DeliveryReportWriter("mx.example.net").write(original(), recipient,
                BounceReason.UNKNOWN_ADDRESS, SENT.plusSeconds(3));
        mail.getManagers().getUserManager().getUserByEmail(MAILBOX).deliver(
                new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(report)));
    }

    private static byte[] original() {
        return String.join("\r\n",
                "Date: Mon, 12 Jan 2026 08:09:58 +0100",
                "From: =?UTF-8?Q?Secr=C3=A9tariat?= <" + MAILBOX + ">",
                "To: " + MARTIN + ", c.durand@example.com, p.leroy@example.net",
                "Message-ID: " + SENT_ID,
                "Subject: Convocation",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "Madame, Monsieur, vous êtes convoqués.",
                "").getBytes(StandardCharsets.UTF_8);
    }

    private static Contact guardian(String lastName, String email) {
        return new Contact(null, ContactKind.GUARDIAN, "M.", "", lastName, "", null, EmailAddress.parse(email),
                new Consent(true, LocalDate.of(2025, 9, 1), "fiche"), Map.of());
    }

    /** The real watch, counting how often the watcher opens one and idles on it. */
    private class CountingWatch implements InboxWatch {
        private final InboxWatch real;

        CountingWatch(InboxWatch real) {
            this.real = real;
            watchesOpened.incrementAndGet();
        }

        @Override
        public boolean canIdle() {
            return real.canIdle();
        }

        @Override
        public boolean awaitNewMail() throws ReturnsMailboxException {
            idles.incrementAndGet();
            return real.awaitNewMail();
        }

        @Override
        public void renew() {
            real.renew();
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
