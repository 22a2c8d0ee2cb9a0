package fr.missive.store.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.letters.InlineLetterInputs;
import fr.missive.model.letters.SentLetter;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.store.db.Database;
import fr.missive.store.db.EmbeddedOnly;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.db.Migrations;
import fr.missive.store.sentlog.JdbcSentLogStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V19 on a real HSQLDB file: a database of version 18 with a logged message upgrades, that message
 * has no kept inputs; the inputs of new messages come back as written (values with tabs, line
 * breaks and backslashes), the sending's part is kept once for all its chunks, and goes with its
 * last message.
 */
class InlineLetterRowsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    @EmbeddedOnly // upgrades HSQLDB files written at version 18
    void aVersionEighteenDatabaseUpgradesAndItsLoggedMessageHasNoKeptInputs() {
        try (Database v18 = Database.open(folder, Database.OpeningListener.NONE, Migrations.fromClasspath(), 18)) {
            v18.inTransaction(c -> {
                insertSentMessage(c, 7);
                return null;
            });
        }

        try (Database latest = TestDatabases.open(folder)) {
            assertThat(latest.inTransaction(Migrations::currentVersion)).isGreaterThanOrEqualTo(19);
            JdbcSentLogStore log = new JdbcSentLogStore(latest);
            assertThat(log.find(7)).isPresent();
            assertThat(log.inlineLetter(7)).isEmpty();
            assertThat(log.mime(7)).get().satisfies(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .contains("Bonjour"));
        }
    }

    @Test
    void keepsTheSendingOnceForEveryChunkAndGivesBackEachLettersValuesAsWritten() {
        try (Database db = TestDatabases.open(folder)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            SentLetter sending = new SentLetter("5f0c9a54-1111-4c3b-9d7e-2a5b8f0e6c01",
                    "---\ndesignation: Convocation\ncategory: convocation\nsubject: Objet {{first_name}}\n---\n"
                            + "Madame, Monsieur,\n\nLe **{{date_rdv}}**.\n",
                    LocalDate.of(2026, 12, 1), Locale.FRENCH, "Lyon, le 1er décembre 2026",
                    Map.of("date_rdv", "mardi 12 janvier", "institution_name", "Collège Jean Moulin"));
            Map<String, String> odd = new LinkedHashMap<>();
            odd.put("first_name", "Anne");
            odd.put("custom_note", "a\ttab, a line\nbreak, a back\\slash and \\n as typed");
            odd.put("empty", "");
            InlineLetterInputs first = InlineLetterInputs.of(sending,
                    List.of("Madame Anne MARTIN", "1 rue Haute", "69002 LYON"), withShared(sending, odd));
            InlineLetterInputs second = InlineLetterInputs.of(sending, List.of("Monsieur Paul LEROY"),
                    withShared(sending, Map.of("first_name", "Paul")));

            // Two chunks of one sending, each in its own transaction, as LetterMailing queues them.
            long a = outbox.enqueue(List.of(message("a", first)), NOW).get(0);
            long b = outbox.enqueue(List.of(message("b", second), message("c", null)), NOW).get(0);

            assertThat(count(db, "sent_letter")).isEqualTo(1);
            JdbcSentLogStore log = new JdbcSentLogStore(db);
            assertThat(log.inlineLetter(a)).get().satisfies(kept -> {
                assertThat(kept.letter()).isEqualTo(sending);
                assertThat(kept.recipientLines()).containsExactly("Madame Anne MARTIN", "1 rue Haute", "69002 LYON");
                assertThat(kept.values()).containsAllEntriesOf(odd).containsEntry("date_rdv", "mardi 12 janvier");
                // Only what differs from the sending is kept per message.
                assertThat(kept.ownValues()).doesNotContainKey("institution_name");
            });
            assertThat(log.inlineLetter(b)).get().satisfies(kept ->
                    assertThat(kept.values()).containsEntry("first_name", "Paul"));
            assertThat(log.inlineLetter(b + 1)).isEmpty();

            // The log's purge deletes the messages; the sending's text goes with the last of them.
            markSent(db);
            log.purgeBefore(NOW.plusSeconds(60));
            assertThat(count(db, "sent_letter_message")).isZero();
            assertThat(count(db, "sent_letter")).isZero();
        }
    }

    private static Map<String, String> withShared(SentLetter sending, Map<String, String> own) {
        Map<String, String> all = new LinkedHashMap<>(sending.sharedValues());
        all.putAll(own);
        return all;
    }

    private static NewOutboxMessage message(String name, InlineLetterInputs letter) {
        return new NewOutboxMessage(1, 1, "<" + name + "@college-test.fr>", "Convocation",
                "secretariat@college-test.fr", List.of(name + "@example.org"),
                "Subject: Convocation\r\n\r\nBonjour\r\n".getBytes(StandardCharsets.UTF_8), MailOrigin.NONE,
                Map.of(), false, "mailing-1", letter);
    }

    private static void markSent(Database db) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE outbox_message SET state = 'SENT', sent_at = ?")) {
                p.setTimestamp(1, Timestamp.from(NOW));
                return p.executeUpdate();
            }
        });
    }

    private static int count(Database db, String table) {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** A message logged by version 18, sent. */
    private static void insertSentMessage(Connection c, long id) throws java.sql.SQLException {
        Timestamp at = Timestamp.from(NOW);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox_message (id, account_id, created_by,"
                + " message_id, subject, envelope_from, envelope_to, state, attempts, queued_at, retry_from,"
                + " next_attempt_at, sent_at, template_name, mailing) VALUES (?, 1, 1, ?, 'Convocation',"
                + " 'secretariat@college-test.fr', 'famille@example.org', 'SENT', 1, ?, ?, ?, ?, 'Convocation', 'm')")) {
            p.setLong(1, id);
            p.setString(2, "<" + id + "@college-test.fr>");
            p.setTimestamp(3, at);
            p.setTimestamp(4, at);
            p.setTimestamp(5, at);
            p.setTimestamp(6, at);
            p.executeUpdate();
        }
        try (PreparedStatement body = MessageBodies.prepareInsert(c)) {
            MessageBodies.insert(body, id, "Subject: Convocation\r\n\r\nBonjour\r\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
