package fr.missive.store.returns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.returns.BounceMark;
import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.LoggedReturn;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReportFormat;
import fr.missive.model.returns.ReturnKind;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.outbox.JdbcOutboxStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The returns, bounce marks and mailbox positions in a real HSQLDB file database (migration V12). */
class JdbcReturnStoreTest {

    private static final Instant SENT = Instant.parse("2027-01-12T08:00:00Z");

    @TempDir
    Path folder;
    private Database db;
    private JdbcReturnStore store;
    private JdbcContactStore contacts;
    private long sentId;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        store = new JdbcReturnStore(db);
        contacts = new JdbcContactStore(db);
        JdbcOutboxStore outbox = new JdbcOutboxStore(db);
        sentId = outbox.enqueue(List.of(new NewOutboxMessage(1, 1, "<abc@college-test.fr>", "Convocation",
                "secretariat@college-test.fr", List.of("Parent.Un@example.fr", "parent.deux@example.fr"),
                "x".getBytes(StandardCharsets.US_ASCII), MailOrigin.NONE)), SENT).get(0);
        outbox.markSending(List.of(sentId));
        outbox.markSent(sentId, SENT, "250 ok", List.of());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsTheLoggedMessageByItsMessageIdWithItsRecipientRows() {
        SentRecipientRef ref = store.findSent("<abc@college-test.fr>").orElseThrow();

        assertThat(ref.sentId()).isEqualTo(sentId);
        assertThat(ref.recipients()).extracting(SentRecipientRef.Row::address)
                .containsExactly("Parent.Un@example.fr", "parent.deux@example.fr");
        assertThat(store.findSent("<other@elsewhere.fr>")).isEmpty();
    }

    @Test
    void theSameReportIsRecordedOnceForARecipient() {
        long row = store.findSent("<abc@college-test.fr>").orElseThrow().recipients().get(0).id();
        RecipientReturn bounce = new RecipientReturn("parent.un@example.fr", ReturnKind.BOUNCED,
                BounceReason.UNKNOWN_ADDRESS, "5.1.1", "550 5.1.1 User unknown", SENT.plusSeconds(60));

        assertThat(store.record(row, "<report-1@mx.example.fr>", ReportFormat.DSN, bounce, SENT.plusSeconds(90)))
                .isTrue();
        assertThat(store.record(row, "<report-1@mx.example.fr>", ReportFormat.DSN, bounce, SENT.plusSeconds(90)))
                .isFalse();

        Map<Long, List<LoggedReturn>> returns = store.returnsOf(List.of(sentId));
        assertThat(returns.get(sentId)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReturnKind.BOUNCED);
            assertThat(r.reason()).isEqualTo(BounceReason.UNKNOWN_ADDRESS);
            assertThat(r.diagnostic()).isEqualTo("550 5.1.1 User unknown");
            assertThat(r.at()).isEqualTo(SENT.plusSeconds(60));
            assertThat(r.address()).isEqualTo("Parent.Un@example.fr");
        });
    }

    @Test
    void aReadReceiptRequestIsKeptPerMessage() {
        assertThat(store.askedReadReceipt(List.of(sentId))).isEmpty();

        store.markReadReceiptAsked(sentId);

        assertThat(store.askedReadReceipt(List.of(sentId))).containsExactly(sentId);
    }

    @Test
    void theBounceMarkHoldsWhileTheAddressIsKeptAndGoesWhenItChanges() {
        Contact guardian = contacts.save(guardian("parent.un@example.fr"));
        BounceMark mark = new BounceMark(guardian.id(), "Parent.Un@example.fr", SENT.plusSeconds(60),
                BounceReason.UNKNOWN_ADDRESS, "550 5.1.1 User unknown", sentId);

        assertThat(store.markBounced(mark)).isTrue();
        contacts.save(new Contact(guardian.id(), ContactKind.GUARDIAN, "Mme", "Anne", "Martin", "3e A", null,
                EmailAddress.parse("parent.un@example.fr"), guardian.consent(), Map.of("Tel", "06")));
        assertThat(store.bounceMark(guardian.id())).contains(mark);
        assertThat(store.bounceMarksOf(List.of("autre@example.fr", "PARENT.UN@example.fr"))).containsExactly(mark);
        assertThat(store.bounceMarksOf(List.of("autre@example.fr"))).isEmpty();

        contacts.save(guardian("anne.martin@example.fr").withId(guardian.id()));

        assertThat(store.bounceMark(guardian.id())).isEmpty();
        assertThat(contacts.find(guardian.id()).orElseThrow().email().toString()).isEqualTo("anne.martin@example.fr");
    }

    @Test
    void aBounceForAnAddressTheContactNoLongerHasMarksNothing() {
        Contact guardian = contacts.save(guardian("anne.martin@example.fr"));

        assertThat(store.markBounced(new BounceMark(guardian.id(), "parent.un@example.fr", SENT,
                BounceReason.MAILBOX_FULL, null, sentId))).isFalse();
        assertThat(store.bounceMarks()).isEmpty();
    }

    @Test
    void theUserClearsTheMark() {
        Contact guardian = contacts.save(guardian("parent.un@example.fr"));
        store.markBounced(new BounceMark(guardian.id(), "parent.un@example.fr", SENT, BounceReason.MAILBOX_FULL,
                null, sentId));

        store.clearBounce(guardian.id());

        assertThat(store.bounceMark(guardian.id())).isEmpty();
    }

    @Test
    void oneWorkstationAtATimeReadsAMailboxUntilItsLeaseRunsOut() {
        Instant now = SENT;
        assertThat(store.claim(7, "INBOX", "pc-accueil", now, now.plusSeconds(120))).isTrue();
        assertThat(store.claim(7, "INBOX", "pc-direction", now.plusSeconds(60), now.plusSeconds(180))).isFalse();
        assertThat(store.advance(7, "INBOX", "pc-direction", 5, 40, now)).isFalse();
        assertThat(store.advance(7, "INBOX", "pc-accueil", 5, 40, now)).isTrue();
        assertThat(store.claim(7, "INBOX", "pc-accueil", now.plusSeconds(60), now.plusSeconds(180))).isTrue();

        assertThat(store.claim(7, "INBOX", "pc-direction", now.plusSeconds(181), now.plusSeconds(300))).isTrue();
        assertThat(store.position(7, "INBOX")).get().satisfies(p -> {
            assertThat(p.uidValidity()).isEqualTo(5);
            assertThat(p.lastUid()).isEqualTo(40);
            assertThat(p.holder()).isEqualTo("pc-direction");
        });

        store.release(7, "INBOX", "pc-direction");
        assertThat(store.claim(7, "INBOX", "pc-accueil", now.plusSeconds(190), now.plusSeconds(300))).isTrue();
    }

    private static Contact guardian(String email) {
        return new Contact(null, ContactKind.GUARDIAN, "Mme", "Anne", "Martin", "3e A", null,
                EmailAddress.parse(email), new Consent(true, LocalDate.of(2026, 9, 1), "fiche"), Map.of());
    }
}
