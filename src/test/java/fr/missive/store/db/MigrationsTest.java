package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.institution.JdbcInstitutionStore;
import fr.missive.store.settings.JdbcSettingsStore;
import fr.missive.store.users.JdbcUserStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
