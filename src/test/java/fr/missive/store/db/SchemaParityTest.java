package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL scripts give the schema the HSQLDB ones give: table by table, column by column
 * (type in a common vocabulary, nullability, identity), keys and unique constraints, read from
 * JDBC metadata after each engine applied its own folder. A script added to one folder only, or
 * differing, fails here naming the table and column.
 *
 * <p>Needs a PostgreSQL server ({@value TestDatabases#SERVER_VARIABLE}); without one it is
 * skipped, saying so, except in CI ({@code CI=true}), where it fails.
 */
@EmbeddedOnly // compares both engines itself: once is enough, not again in the PostgreSQL run
class SchemaParityTest {

    @TempDir
    Path folder;

    @Test
    void bothFoldersListTheSameVersionsUnderTheSameNames() {
        List<String> hsqldb = names(Migrations.fromClasspath());
        List<String> postgresql = names(Migrations.forPostgresql());
        assertThat(postgresql).as("db/migration-postgresql/migrations.list against db/migration/migrations.list")
                .isEqualTo(hsqldb);
    }

    @Test
    void postgresqlScriptsGiveTheSchemaOfTheHsqldbScripts() throws Exception {
        requireServer();
        SchemaShape hsqldb = embeddedShape();
        SchemaShape postgresql = serverShape(Migrations.forPostgresql());

        assertThat(hsqldb.tableNames()).contains("contact", "outbox_body", "sent_recipient", "schema_version");
        // The comparison sees what it compares, on both sides (not two empty readings alike).
        for (SchemaShape shape : List.of(hsqldb, postgresql)) {
            SchemaShape.Table account = shape.table("mail_account");
            assertThat(account.primaryKey()).containsExactly("id");
            assertThat(account.columns().get("id").identity()).isTrue();
            assertThat(account.columns().get("verified").type()).isEqualTo("boolean");
            assertThat(account.uniques()).containsExactly("[name]");
            assertThat(account.foreignKeys()).contains("mail_account_owner [owner_id] -> app_user[id] ON DELETE CASCADE");
            assertThat(shape.table("outbox_body").columns().get("mime").type()).isEqualTo("binary");
            assertThat(shape.table("letter_template").columns().get("body").type()).isEqualTo("text");
        }
        assertThat(SchemaShape.differences(hsqldb, postgresql))
                .as("differences between the HSQLDB and the PostgreSQL schema").isEmpty();
    }

    @Test
    void aColumnThatDiffersIsNamedWithItsTable() throws Exception {
        requireServer();
        List<Migrations.Script> scripts = new ArrayList<>(Migrations.forPostgresql().scripts());
        int next = scripts.get(scripts.size() - 1).version() + 1;
        scripts.add(new Migrations.Script(next, "drift", "ALTER TABLE contact ALTER COLUMN email SET NOT NULL;\n"
                + "ALTER TABLE signature ADD COLUMN extra TEXT;"));

        List<String> differences = SchemaShape.differences(embeddedShape(), serverShape(new Migrations(scripts)));

        assertThat(differences).containsExactly(
                "table contact, column email: HSQLDB varchar(320) NULL, PostgreSQL varchar(320) NOT NULL",
                "table signature, column extra: HSQLDB (no such column), PostgreSQL text NULL");
    }

    private SchemaShape embeddedShape() {
        try (Database db = Database.open(folder.resolve("hsqldb"), Database.OpeningListener.NONE)) {
            return db.inTransaction(c -> SchemaShape.read(c, "PUBLIC"));
        }
    }

    private static SchemaShape serverShape(Migrations migrations) {
        try (Database db = Database.open(TestDatabases.newServerDatabase(), migrations, Integer.MAX_VALUE)) {
            assertThat(db.dialect().engineName()).isEqualTo("PostgreSQL");
            return db.inTransaction((Connection c) -> SchemaShape.read(c, "public"));
        }
    }

    private static void requireServer() {
        TestDatabases.requireServer("compare the two schemas");
    }

    private static List<String> names(Migrations migrations) {
        return migrations.scripts().stream().map(s -> "V" + s.version() + " " + s.description()).toList();
    }
}
