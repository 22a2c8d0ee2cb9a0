package fr.missive.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.model.MissiveException;
import fr.missive.store.backup.DatabaseCopy.TableCount;
import fr.missive.model.backup.BackupInfo;
import fr.missive.store.db.Database;
import fr.missive.store.db.Migrations;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample school of the demonstration (users, contacts and guardians, letters, accounts with
 * encrypted passwords, a sent code e-mail with its body) copied from its one-PC HSQLDB into the
 * database of this run's engine — PostgreSQL in the {@code postgresql} execution — and compared
 * table by table and row by row.
 */
@ExtendWith(DataFolderExtension.class)
class DatabaseCopyTest {

    @TempDir
    Path files;

    private static final byte[] LOGO = logo();

    private final List<Database> opened = new ArrayList<>();
    private Database source;
    private Database target;

    @BeforeEach
    void sampleSchoolAndAnEmptyDatabase(DataFolders dataFolders) {
        Path sandbox = SandboxFolder.prepare(files.resolve("one-pc"));
        try (OpenDataFolder prepared = dataFolders.open(sandbox)) {
            assertThat(prepared.contacts().contacts().count()).isEqualTo(27);
        }
        source = track(Database.open(sandbox, Database.OpeningListener.NONE));
        // A binary value (a BLOB on HSQLDB, a BYTEA on PostgreSQL): the sample school has no logo.
        source.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE institution SET logo = ?, logo_media_type = 'image/png'")) {
                p.setBytes(1, LOGO);
                return p.executeUpdate();
            }
        });
        target = track(TestDatabases.open(files.resolve("school")));
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    @Test
    void copiesEveryTableAndFindsTheSameRowsOnTheOtherSide() throws Exception {
        List<TableCount> counts = new DatabaseCopy(source, target).copyAndVerify(DatabaseCopy.Progress.NONE, () -> false);

        Map<String, Long> rows = counts.stream().collect(Collectors.toMap(TableCount::table, TableCount::rows));
        assertThat(rows).containsEntry("contact", 27L).containsEntry("app_user", 2L)
                .containsEntry("letter_template", 3L).containsEntry("mail_account", 2L)
                .containsEntry("institution", 1L).doesNotContainKey("schema_version");
        byte[] copiedLogo = target.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT logo FROM institution")) {
                rs.next();
                return rs.getBytes(1);
            }
        });
        assertThat(copiedLogo).isEqualTo(LOGO);
        for (TableCount table : counts) {
            assertThat(count(target, table.table())).as(table.table()).isEqualTo(count(source, table.table()));
        }
        assertThat(text(target, "SELECT MIN(last_name) FROM contact")).isEqualTo(text(source, "SELECT MIN(last_name) FROM contact"));
    }

    @Test
    void aRowAddedAfterTheCopyGetsTheNextIdentifier() throws Exception {
        new DatabaseCopy(source, target).copyAndVerify(DatabaseCopy.Progress.NONE, () -> false);

        long highest = count(source, "SELECT MAX(id) FROM app_user");
        execute(target, "INSERT INTO app_user (name, role, created_at) VALUES ('Nadia Benali', 'STAFF', CURRENT_TIMESTAMP)");

        assertThat(count(target, "SELECT id FROM app_user WHERE name = 'Nadia Benali'")).isEqualTo(highest + 1);
    }

    @Test
    void theComparisonFindsAChangedAMissingAndAnExtraRow() throws Exception {
        DatabaseCopy copy = new DatabaseCopy(source, target);
        copy.copyAndVerify(DatabaseCopy.Progress.NONE, () -> false);

        execute(target, "UPDATE contact SET first_name = 'Zoé' WHERE id = (SELECT MIN(id) FROM contact)");
        assertThatThrownBy(copy::compare).isInstanceOfSatisfying(MissiveException.class, e -> {
            assertThat(e.userMessage().key()).isEqualTo("move.contentDiffers");
            assertThat(e.userMessage().args()).containsExactly("contact");
        });

        execute(target, "DELETE FROM letter_template WHERE id = (SELECT MIN(id) FROM letter_template)");
        assertThatThrownBy(copy::compare).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(e.userMessage().key()).isIn("move.contentDiffers", "move.countDiffers"));
    }

    @Test
    void copiesOnlyIntoAnEmptyDatabase() throws Exception {
        new DatabaseCopy(source, target).copyAndVerify(DatabaseCopy.Progress.NONE, () -> false);

        assertThatThrownBy(() -> new DatabaseCopy(source, target).copy(DatabaseCopy.Progress.NONE, () -> false))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("move.notEmpty"));
        assertThat(count(target, "SELECT COUNT(*) FROM contact")).isEqualTo(27);
    }

    @Test
    void aCancelledCopyLeavesTheDatabaseEmpty() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        List<String> started = new ArrayList<>();

        assertThatThrownBy(() -> new DatabaseCopy(source, target).copy(
                (table, index, total) -> started.add(table), () -> asked.incrementAndGet() > 5))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("move.cancelled"));

        assertThat(started).isNotEmpty();
        for (String table : List.of("app_user", "contact", "institution", "mail_account")) {
            assertThat(count(target, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    void aBackupOfThisEnginesDatabaseRestoresAsAOnePcFolderWithTheSameRows() throws Exception {
        new DatabaseCopy(source, target).copyAndVerify(DatabaseCopy.Progress.NONE, () -> false);
        Path archive = files.resolve("sauvegarde.zip");

        BackupInfo written = new BackupWriter(target, files.resolve("school"))
                .write(archive, "test", Instant.parse("2026-12-06T10:00:00Z"));
        Path restored = files.resolve("restored");
        new BackupRestorer().restore(archive, restored, false, Migrations.fromClasspath().latestVersion());

        assertThat(written.schemaVersion()).isEqualTo(target.schemaVersion());
        Database copy = track(Database.open(restored, Database.OpeningListener.NONE));
        assertThat(new DatabaseCopy(target, copy).compare()).extracting(TableCount::rows).contains(27L);
        assertThat(count(copy, "contact")).isEqualTo(27);
    }

    private static byte[] logo() {
        byte[] bytes = new byte[70_000];
        new java.util.Random(13).nextBytes(bytes);
        return bytes;
    }

    private Database track(Database db) {
        opened.add(db);
        return db;
    }

    private static long count(Database db, String tableOrQuery) {
        String sql = tableOrQuery.startsWith("SELECT") ? tableOrQuery : "SELECT COUNT(*) FROM " + tableOrQuery;
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static String text(Database db, String sql) {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static void execute(Database db, String sql) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }
}
