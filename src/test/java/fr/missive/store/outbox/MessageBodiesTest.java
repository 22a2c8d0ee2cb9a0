package fr.missive.store.outbox;

import fr.missive.store.db.EmbeddedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.QueuedMessage;
import fr.missive.store.db.ChildJvm;
import fr.missive.store.db.Database;
import fr.missive.store.db.Migrations;
import fr.missive.store.sentlog.JdbcSentLogStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox's message bodies as BLOBs: moved there from V9's column, and their space given back by a purge. */
@EmbeddedOnly // about HSQLDB's .lobs file and its V9 to V10 upgrade
class MessageBodiesTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void upgradingFromVersionNineMovesAQueuedMessagesBytesUnchangedAndDropsTheOldTable() {
        byte[] mime = mime(3 * MB, 9);
        try (Database v9 = Database.open(folder, Database.OpeningListener.NONE, Migrations.fromClasspath(), 9)) {
            v9.inTransaction(c -> {
                try (PreparedStatement account = c.prepareStatement("INSERT INTO mail_account (id, kind, name,"
                        + " address, settings_source, smtp_allow_plain, mask_recipients, verified, copy_sent,"
                        + " created_at) VALUES (1, 'PERSONAL', 'Secrétariat', 'secretariat@college-test.fr', 'OWN',"
                        + " FALSE, FALSE, FALSE, FALSE, CURRENT_TIMESTAMP)");
                     PreparedStatement message = c.prepareStatement("INSERT INTO outbox_message (id, account_id,"
                             + " created_by, message_id, subject, envelope_from, envelope_to, state, attempts,"
                             + " queued_at, retry_from, next_attempt_at) VALUES (7, 1, 1, '<a@college-test.fr>',"
                             + " 'Dossier', 'secretariat@college-test.fr', 'famille@college-test.fr', 'QUEUED', 0,"
                             + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                     PreparedStatement bytes = c.prepareStatement(
                             "INSERT INTO outbox_mime (message_id, mime) VALUES (7, ?)")) {
                    account.executeUpdate();
                    message.executeUpdate();
                    bytes.setBytes(1, mime);
                    bytes.executeUpdate();
                }
                return null;
            });
        }

        try (Database latest = Database.open(folder, Database.OpeningListener.NONE)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(latest);
            assertThat(outbox.due(Instant.now().plusSeconds(1), 10)).singleElement()
                    .satisfies(m -> assertThat(m.size()).isEqualTo(mime.length));
            assertThat(outbox.mime(7)).hasValueSatisfying(read -> assertThat(read).isEqualTo(mime));
            assertThat(new JdbcSentLogStore(latest).mime(7)).hasValueSatisfying(read -> assertThat(read).isEqualTo(mime));
            boolean oldTable = latest.inTransaction(c -> {
                try (ResultSet rs = c.getMetaData().getTables(null, null, "OUTBOX_MIME", null)) {
                    return rs.next();
                }
            });
            assertThat(oldTable).as("outbox_mime dropped").isFalse();
        }
    }

    @Test
    void aPurgeOfTheSentLogGivesTheBodiesSpaceBackToTheNextMessages() throws IOException {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            long account = account(db);
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            JdbcSentLogStore log = new JdbcSentLogStore(db);
            sendFive(outbox, account, Instant.parse("2025-01-10T08:00:00Z"), 1);
            long afterFirst = lobsFileSize();
            assertThat(afterFirst).as("the bodies are in the .lobs file").isGreaterThan(5L * 4 * MB);

            assertThat(log.purgeBefore(Instant.parse("2025-06-01T00:00:00Z"))).isEqualTo(5);
            sendFive(outbox, account, Instant.parse("2025-09-10T08:00:00Z"), 2);

            assertThat(lobsFileSize()).as("the purged bodies' space reused").isLessThan(afterFirst + 4 * MB);
            for (QueuedMessage m : outbox.due(Instant.parse("2030-01-01T00:00:00Z"), 50)) {
                assertThat(outbox.mime(m.id())).hasValueSatisfying(b -> assertThat(b).hasSize((int) m.size()));
            }
        }
    }

    @Test
    void smallMessagesTakeLittleRoomInTheLobsFile() throws IOException {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            long account = account(db);
            List<NewOutboxMessage> messages = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                messages.add(new NewOutboxMessage(account, 1, "<" + i + "@college-test.fr>", "Absence " + i,
                        "secretariat@college-test.fr", List.of("famille@college-test.fr"), mime(2_000, i)));
            }
            new JdbcOutboxStore(db).enqueue(messages, Instant.now());
        }
        // In HSQLDB's default units of 32 KB, 16 MB.
        assertThat(lobsFileSize()).isLessThan(3L * MB);
    }

    /**
     * {@code kill -9} while large messages are being queued one after the other: every message
     * acknowledged is there whole after the restart, and any other row (the one in flight) has
     * its whole body too or is not there at all.
     */
    @Test
    void aKillWhileQueueingLargeMessagesLeavesNoneHalfStored() throws Exception {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            assertThat(account(db)).isEqualTo(1);
        }
        List<Long> acknowledged = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(QueueBodiesMain.class, folder.toString())) {
            for (int i = 0; i < 3; i++) {
                String[] line = child.awaitLineStartingWith("QUEUED ").split(" ");
                acknowledged.add(Long.parseLong(line[2]));
            }
            child.killHard();
        }

        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            List<QueuedMessage> rows = outbox.due(Instant.now().plusSeconds(60), 100);
            assertThat(rows).extracting(QueuedMessage::id).containsAll(acknowledged);
            for (QueuedMessage m : rows) {
                long seed = Long.parseLong(m.messageId().substring(1, m.messageId().indexOf('@')));
                assertThat(outbox.mime(m.id())).as("message " + seed)
                        .hasValueSatisfying(b -> assertThat(b).isEqualTo(QueueBodiesMain.body(seed)));
            }
        }
    }

    private static void sendFive(JdbcOutboxStore outbox, long account, Instant at, int batch) {
        List<NewOutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            messages.add(new NewOutboxMessage(account, 1, "<" + batch + "." + i + "@college-test.fr>", "Dossier " + i,
                    "secretariat@college-test.fr", List.of("famille@college-test.fr"), mime(5 * MB, batch * 10 + i)));
        }
        List<Long> ids = outbox.enqueue(messages, at);
        for (long id : ids) {
            outbox.markSent(id, at, "250 Ok", List.of());
        }
    }

    private static long account(Database db) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mail_account (kind, name, address,"
                    + " settings_source, smtp_allow_plain, mask_recipients, verified, copy_sent, created_at) VALUES"
                    + " ('PERSONAL', 'Secrétariat', 'secretariat@college-test.fr', 'OWN', FALSE, FALSE, FALSE, FALSE,"
                    + " ?)", new String[] {"ID"})) {
                p.setTimestamp(1, Timestamp.from(Instant.now()));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private long lobsFileSize() throws IOException {
        Path lobs = folder.resolve("db").resolve("missive.lobs");
        return Files.exists(lobs) ? Files.size(lobs) : 0;
    }

    private static byte[] mime(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
