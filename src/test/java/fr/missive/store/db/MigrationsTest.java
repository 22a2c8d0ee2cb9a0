package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.outbox.RecipientStatus;
import fr.missive.model.sentlog.RecipientResult;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.institution.JdbcInstitutionStore;
import fr.missive.store.outbox.RecipientRows;
import fr.missive.store.sentlog.JdbcSentLogStore;
import fr.missive.store.settings.JdbcSettingsStore;
import fr.missive.store.users.JdbcUserStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedOnly // about the HSQLDB scripts on HSQLDB files (SchemaParityTest holds the PostgreSQL ones to them)
class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void upgradesAVersionOneDatabaseToTheLatestWithoutLoss() {
        Migrations migrations = Migrations.fromClasspath();
        try (Database v1 = Database.open(folder, Database.OpeningListener.NONE, migrations, 1)) {
            assertThat(version(v1)).isEqualTo(1);
            User admin = new JdbcInstitutionStore(v1).initialise(
                    new Institution("Collège Jean Moulin", new PostalAddress(List.of("2 rue de l'École"), "69003",
                            "LYON", ""), "04 78 00 00 00", "Secrétariat"),
                    Optional.empty(), new User(null, "Claire Martin", null, Role.ADMIN, null));
            assertThat(admin.id()).isNotNull();
            new JdbcSettingsStore(v1).put("user.1.theme", "DARK");
        }

        try (Database latest = Database.open(folder, Database.OpeningListener.NONE)) {
            assertThat(version(latest)).isEqualTo(migrations.latestVersion()).isGreaterThan(1);
            assertThat(new JdbcInstitutionStore(latest).find()).get()
                    .satisfies(i -> {
                        assertThat(i.name()).isEqualTo("Collège Jean Moulin");
                        assertThat(i.address().lines()).containsExactly("2 rue de l'École");
                        assertThat(i.senderName()).isEqualTo("Secrétariat");
                    });
            assertThat(new JdbcUserStore(latest).findAll()).extracting(User::name).containsExactly("Claire Martin");
            assertThat(new JdbcSettingsStore(latest).get("user.1.theme")).contains("DARK");
            JdbcContactStore contacts = new JdbcContactStore(latest);
            contacts.save(new Contact(null, ContactKind.PUPIL, "", "Océane", "BÈGUE", "3e A", PostalAddress.EMPTY,
                    null, Consent.given(LocalDate.of(2026, 9, 1), "test"), Map.of("Responsable", "M. Bègue")));
            assertThat(contacts.findAll()).singleElement()
                    .satisfies(c -> assertThat(c.custom()).containsEntry("Responsable", "M. Bègue"));
        }
    }

    @Test
    void reopeningAppliesNothingTwice() {
        Database.open(folder, Database.OpeningListener.NONE).close();
        try (Database again = Database.open(folder, Database.OpeningListener.NONE)) {
            int rows = again.inTransaction(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(Migrations.fromClasspath().scripts().size());
        }
    }

    @Test
    void tablesThatGrowAreCachedOnDisk() {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            List<String> memoryTables = db.inTransaction(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.SYSTEM_TABLES"
                                + " WHERE TABLE_SCHEM = 'PUBLIC' AND HSQLDB_TYPE <> 'CACHED'")) {
                    List<String> names = new java.util.ArrayList<>();
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                    return names;
                }
            });
            assertThat(memoryTables).isEmpty();
        }
    }

    @Test
    void versionElevenGivesTheExistingMessagesOneResultPerRecipient() {
        Instant sentAt = Instant.parse("2026-11-20T09:30:00Z");
        try (Database v9 = Database.open(folder, Database.OpeningListener.NONE, Migrations.fromClasspath(), 9)) {
            v9.inTransaction(c -> {
                insertMessage(c, 1, "SENT", "a@college-test.fr\nb@college-test.fr",
                        "b@college-test.fr: 550 5.1.1 user unknown", 1, sentAt);
                insertMessage(c, 2, "DEFERRED", "d@college-test.fr",
                        "c@college-test.fr: 550 5.7.1 relaying denied\nd@college-test.fr: 451 4.7.1 try later", 1, null);
                insertMessage(c, 3, "FAILED", "e@college-test.fr", null, 3, null);
                insertMessage(c, 4, "SENT", "f@college-test.fr\ng@college-test.fr\nh@college-test.fr", null, 2, sentAt);
                return null;
            });
        }

        try (Database latest = Database.open(folder, Database.OpeningListener.NONE)) {
            Map<Long, List<RecipientResult>> rows = latest.inTransaction(c -> RecipientRows.read(c,
                    List.of(1L, 2L, 3L, 4L)));
            assertThat(rows.get(1L)).extracting(RecipientResult::address, RecipientResult::status,
                    RecipientResult::attempt, RecipientResult::smtpCode, RecipientResult::smtpText, RecipientResult::at)
                    .containsExactly(tuple("a@college-test.fr", RecipientStatus.ACCEPTED, 1, null, null, sentAt),
                            tuple("b@college-test.fr", RecipientStatus.REFUSED, 1, 550, "550 5.1.1 user unknown",
                                    sentAt));
            assertThat(rows.get(2L)).extracting(RecipientResult::address, RecipientResult::status,
                    RecipientResult::smtpCode).containsExactly(
                    tuple("d@college-test.fr", RecipientStatus.DEFERRED, 451),
                    tuple("c@college-test.fr", RecipientStatus.REFUSED, 550));
            assertThat(rows.get(3L)).extracting(RecipientResult::address, RecipientResult::status,
                    RecipientResult::attempt).containsExactly(tuple("e@college-test.fr", RecipientStatus.PENDING, 0));
            assertThat(rows.get(4L)).extracting(RecipientResult::status).containsOnly(RecipientStatus.ACCEPTED)
                    .hasSize(3);
            assertThat(rows.get(4L)).allSatisfy(r -> {
                assertThat(r.attempt()).isEqualTo(2);
                assertThat(r.at()).isEqualTo(sentAt);
                assertThat(r.kind()).isNull();
            });
            JdbcSentLogStore log = new JdbcSentLogStore(latest);
            assertThat(log.find(1)).get().satisfies(e -> {
                assertThat(e.partlySent()).isTrue();
                assertThat(e.recipients()).containsExactly("a@college-test.fr", "b@college-test.fr");
            });
            assertThat(log.find(4)).get().satisfies(e -> assertThat(e.partlySent()).isFalse());
        }
    }

    private static void insertMessage(Connection c, long id, String state, String envelope, String refused,
                                      int attempts, Instant sentAt) throws java.sql.SQLException {
        Timestamp queued = Timestamp.from(Instant.parse("2026-11-20T09:00:00Z"));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox_message (id, account_id, created_by,"
                + " message_id, subject, envelope_from, envelope_to, state, attempts, queued_at, retry_from,"
                + " next_attempt_at, sent_at, refused) VALUES (?, 1, 1, ?, 'Réunion', 'secretariat@college-test.fr',"
                + " ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, "<" + id + "@college-test.fr>");
            p.setString(3, envelope);
            p.setString(4, state);
            p.setInt(5, attempts);
            p.setTimestamp(6, queued);
            p.setTimestamp(7, queued);
            p.setTimestamp(8, queued);
            p.setTimestamp(9, sentAt == null ? null : Timestamp.from(sentAt));
            p.setString(10, refused);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox_mime (message_id, mime) VALUES (?, ?)")) {
            p.setLong(1, id);
            p.setBytes(2, "Subject: Réunion\r\n\r\nBonjour\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            p.executeUpdate();
        }
    }

    @Test
    void aScriptThatFillsAGapInTheNumberingStillRunsOnADatabaseBeyondIt() {
        Migrations base = Migrations.fromClasspath();
        List<Migrations.Script> listed = new java.util.ArrayList<>(base.scripts());
        int last = base.latestVersion();
        Migrations.Script ahead = new Migrations.Script(last + 2, "ahead", "CREATE TABLE gap_ahead (x INTEGER)");
        Migrations.Script filler = new Migrations.Script(last + 1, "filler", "CREATE TABLE gap_filler (x INTEGER)");
        listed.add(ahead);
        Database.open(folder, Database.OpeningListener.NONE, new Migrations(listed), Integer.MAX_VALUE).close();

        listed.add(listed.size() - 1, filler);
        try (Database merged = Database.open(folder, Database.OpeningListener.NONE, new Migrations(listed),
                Integer.MAX_VALUE)) {
            int rows = merged.inTransaction(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM gap_filler, gap_ahead")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isZero();
            assertThat(version(merged)).isEqualTo(last + 2);
        }
    }

    @Test
    void everyScriptInTheFolderIsListed() throws IOException {
        Path dir = Path.of("src/main/resources/db/migration");
        List<String> listed = Migrations.fromClasspath().scripts().stream()
                .map(s -> "V" + s.version() + "__" + s.description().replace(' ', '_') + ".sql").toList();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void splitsStatementsOnSemicolonsAtLineEnds() {
        assertThat(Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }

    private static int version(Database db) {
        return db.inTransaction(Migrations::currentVersion);
    }
}
