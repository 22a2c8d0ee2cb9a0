package fr.missive.app.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.mail.MailServerPolicy;
import fr.missive.mail.returns.ImapReturnsMailboxes;
import fr.missive.mail.returns.ReturnReportReader;
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
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.store.returns.JdbcReturnStore;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The returns reading against GreenMail's IMAP server on loopback, with the real report readers
 * and a real database: the samples of src/test/resources/returns put in the INBOX around a
 * message the log holds (sample dsn-several-recipients.eml is about it).
 */
class ReturnsScanTest {

    private static final String MAILBOX = "secretariat@college-jaures.example.org";
    private static final String SENT_ID = "<missive.4711.1768201798@college-jaures.example.org>";
    private static final Instant SENT = Instant.parse("2026-01-12T07:09:58Z");

    @TempDir
    Path folder;
    private GreenMail mail;
    private GreenMailUser user;
    private Database db;
    private JdbcReturnStore store;
    private JdbcContactStore contacts;
    private Account account;
    private long sentId;
    private Contact martin;

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        user = mail.setUser(MAILBOX, "secretariat", "boite-secret");
        db = TestDatabases.open(folder);
        store = new JdbcReturnStore(db);
        contacts = new JdbcContactStore(db);
        martin = contacts.save(guardian("Martin", "famille.martin@example.net"));
        Contact durand = contacts.save(guardian("Durand", "c.durand@example.com"));
        Contact leroy = contacts.save(guardian("Leroy", "P.Leroy@example.net"));
        JdbcOutboxStore outbox = new JdbcOutboxStore(db);
        sentId = outbox.enqueue(List.of(new NewOutboxMessage(1, 1, SENT_ID, "Convocation", MAILBOX,
                List.of("famille.martin@example.net", "c.durand@example.com", "p.leroy@example.net"),
                "x".getBytes(StandardCharsets.US_ASCII), new MailOrigin("Convocation", List.of(
                        new ContactRef(martin.id(), "Martin"), new ContactRef(durand.id(), "Durand"),
                        new ContactRef(leroy.id(), "Leroy"))))), SENT).get(0);
        outbox.markSending(List.of(sentId));
        outbox.markSent(sentId, SENT, "250 ok", List.of());
        account = new Account(1L, AccountKind.INSTITUTION, "Secrétariat", EmailAddress.parse(MAILBOX), null,
                SettingsSource.WORKSTATION, null, null, null, false, true, null,
                new ImapSettings("127.0.0.1", mail.getImap().getPort(), Security.NONE, "secretariat", null));
    }

    @AfterEach
    void stop() {
        db.close();
        mail.stop();
    }

    @Test
    void recordsTheReportAboutASentMessageMarksTheBouncesAndMovesOnlyThatReport() throws Exception {
        deliver("plain-reply.eml", "malformed-dsn.eml", "dsn-several-recipients.eml", "mdn-displayed.eml");

        AccountScan scan = scan(true, "pc-accueil");

        assertThat(scan.problem()).isNull();
        assertThat(scan.read()).isEqualTo(4);
        assertThat(scan.recorded()).singleElement().satisfies(r -> assertThat(r.sentId()).isEqualTo(sentId));
        assertThat(scan.notOurs()).isEqualTo(1);
        Map<String, RecipientReturns> returns = RecipientReturns.byAddress(
                store.returnsOf(List.of(sentId)).get(sentId));
        assertThat(returns.get("famille.martin@example.net").current()).get()
                .extracting(LoggedReturn::kind, LoggedReturn::reason)
                .containsExactly(ReturnKind.BOUNCED, BounceReason.UNKNOWN_ADDRESS);
        assertThat(returns.get("c.durand@example.com").current()).get()
                .extracting(LoggedReturn::kind).isEqualTo(ReturnKind.DELAYED);
        assertThat(returns.get("p.leroy@example.net").current()).get()
                .extracting(LoggedReturn::kind, LoggedReturn::reason)
                .containsExactly(ReturnKind.BOUNCED, BounceReason.MAILBOX_FULL);
        // The bounced addresses are marked on their contacts (Leroy's written in capitals), the delayed one is not.
        assertThat(store.bounceMarks()).hasSize(2);
        assertThat(store.bounceMark(martin.id())).get().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(BounceReason.UNKNOWN_ADDRESS);
            assertThat(m.serverText()).contains("User unknown");
            assertThat(m.sentId()).isEqualTo(sentId);
        });
        // The INBOX keeps the three others untouched and unread; the used report is in Missive/Returns, seen.
        assertThat(subjectsAndSeen("INBOX")).containsExactly("Re: Convocation false",
                "null false", "Read: Convocation false");
        assertThat(subjectsAndSeen("Missive.Returns"))
                .containsExactly("Returned mail: see transcript for details true");
    }

    @Test
    void withoutMoveTheReportIsCopiedToTheReturnsFolderAndFlaggedWhereItIs() throws Exception {
        deliver("dsn-several-recipients.eml");

        AccountScan scan = scan(false, "pc-accueil");

        assertThat(scan.recorded()).hasSize(1);
        assertThat(subjectsAndSeen("INBOX")).containsExactly("Returned mail: see transcript for details true");
        assertThat(subjectsAndSeen("Missive.Returns"))
                .containsExactly("Returned mail: see transcript for details true");
    }

    @Test
    void aReportReadAgainIsRecordedOnceAndTheNextReadingStartsAfterTheLastMessage() throws Exception {
        deliver("dsn-several-recipients.eml");
        scan(false, "pc-accueil");

        AccountScan nothingNew = scan(false, "pc-accueil");
        deliver("dsn-several-recipients.eml");
        AccountScan sameReportAgain = scan(false, "pc-accueil");

        assertThat(nothingNew.read()).isZero();
        assertThat(sameReportAgain.read()).isEqualTo(1);
        assertThat(sameReportAgain.recorded()).singleElement()
                .satisfies(r -> assertThat(r.newReturns()).isEmpty());
        assertThat(store.returnsOf(List.of(sentId)).get(sentId)).hasSize(3);
    }

    @Test
    void twoReadingsOfOneAccountAtOnceInOneProcessReadRecordAndFileTheReportOnce() throws Exception {
        deliver("dsn-several-recipients.eml");
        ImapReturnsMailboxes mailboxes = new ImapReturnsMailboxes(Duration.ofSeconds(5), null,
                MailServerPolicy.anyServer(), true);
        // One ReturnsScan, one holder: the watcher told of new mail and "check now" in the same window.
        ReturnsScan scan = new ReturnsScan(store, new ReturnsRecorder(store, contacts), new ReturnReportReader()::read,
                a -> mailboxes.open(a.imap(), "secretariat", Password.of("boite-secret"), false), Clock.systemUTC(),
                "pc-accueil", Duration.ofMinutes(5));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<AccountScan> first = two.submit(() -> {
                go.await();
                return scan.scan(account);
            });
            Future<AccountScan> second = two.submit(() -> {
                go.await();
                return scan.scan(account);
            });
            go.countDown();
            List<AccountScan> both = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

            assertThat(both).allSatisfy(s -> assertThat(s.problem()).isNull());
            assertThat(both.stream().mapToInt(AccountScan::read).sum()).isEqualTo(1);
            assertThat(both.stream().mapToInt(s -> s.recorded().size()).sum()).isEqualTo(1);
            assertThat(store.returnsOf(List.of(sentId)).get(sentId)).hasSize(3);
            assertThat(subjectsAndSeen("INBOX")).isEmpty();
            assertThat(subjectsAndSeen("Missive.Returns"))
                    .containsExactly("Returned mail: see transcript for details true");
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aMailboxAnotherWorkstationReadsIsLeftToIt() throws Exception {
        deliver("dsn-several-recipients.eml");
        Instant now = Instant.now();
        store.claim(account.id(), ReturnsScan.FOLDER, "pc-direction", now, now.plusSeconds(300));

        AccountScan scan = scan(true, "pc-accueil");

        assertThat(scan.heldElsewhere()).isTrue();
        assertThat(store.returnsOf(List.of(sentId))).isEmpty();
        assertThat(subjectsAndSeen("INBOX")).hasSize(1);
    }

    @Test
    void aWrongPasswordIsSaidInPlainWordsAndRecordsNothing() throws Exception {
        deliver("dsn-several-recipients.eml");
        ImapReturnsMailboxes mailboxes = new ImapReturnsMailboxes(Duration.ofSeconds(5), null,
                MailServerPolicy.anyServer(), true);
        ReturnsScan scan = new ReturnsScan(store, new ReturnsRecorder(store, contacts), new ReturnReportReader()::read,
                a -> mailboxes.open(a.imap(), "secretariat", Password.of("wrong"), false), Clock.systemUTC(),
                "pc-accueil", Duration.ofMinutes(5));

        AccountScan result = scan.scan(account);

        assertThat(result.problem()).isNotNull();
        assertThat(result.problem().key()).isEqualTo("returns.scan.refused");
        assertThat(store.returnsOf(List.of(sentId))).isEmpty();
    }

    private AccountScan scan(boolean move, String holder) {
        ImapReturnsMailboxes mailboxes = new ImapReturnsMailboxes(Duration.ofSeconds(5), null,
                MailServerPolicy.anyServer(), move);
        ReturnsScan scan = new ReturnsScan(store, new ReturnsRecorder(store, contacts), new ReturnReportReader()::read,
                a -> mailboxes.open(a.imap(), "secretariat", Password.of("boite-secret"), false), Clock.systemUTC(),
                holder, Duration.ofMinutes(5));
        return scan.scan(account);
    }

    private void deliver(String... samples) throws Exception {
        for (String sample : samples) {
            try (InputStream in = ReturnsScanTest.class.getResourceAsStream("/returns/" + sample)) {
                user.deliver(new MimeMessage(Session.getInstance(new Properties()), in));
            }
        }
    }

    /** Each message of the folder as "subject seen", in UID order. */
    private List<String> subjectsAndSeen(String name) throws Exception {
        Store imap = Session.getInstance(new Properties()).getStore("imap");
        imap.connect("127.0.0.1", mail.getImap().getPort(), "secretariat", "boite-secret");
        try {
            Folder f = imap.getFolder(name);
            if (!f.exists()) {
                return List.of();
            }
            f.open(Folder.READ_ONLY);
            List<String> seen = new ArrayList<>();
            for (Message m : f.getMessages()) {
                seen.add(m.getSubject() + " " + m.isSet(Flags.Flag.SEEN));
            }
            f.close(false);
            return seen;
        } finally {
            imap.close();
        }
    }

    private static Contact guardian(String lastName, String email) {
        return new Contact(null, ContactKind.GUARDIAN, "M.", "", lastName, "", null, EmailAddress.parse(email),
                new Consent(true, LocalDate.of(2025, 9, 1), "fiche"), Map.of());
    }
}
