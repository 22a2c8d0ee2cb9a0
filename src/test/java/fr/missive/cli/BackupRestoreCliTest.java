package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.store.db.Database;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code missive backup} and {@code missive restore}: a data folder set up through the real
 * commands is saved, restored into a fresh folder, and read back, down to the stored mail
 * password that only the restored secret key can decrypt (GreenMail checks it).
 */
@ExtendWith(DataFolderExtension.class)
class BackupRestoreCliTest {

    private static final String LOGIN = "claire";
    private static final String PASSWORD = "Mot-de-passe-2026";
    private static final String ADDRESS = "claire.martin@college-test.fr";

    @TempDir
    Path source;

    @TempDir
    Path target;

    @TempDir
    Path files;

    private GreenMail greenMail;
    private CliRunner cli;
    private Path archive;

    @BeforeEach
    void setUpAFolderWithEverything() throws IOException {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        cli = new CliRunner(source, Locale.ENGLISH);
        ok(cli.initCollege("--city", "Lyon",
                "--address", "12 rue des Écoles", "--postcode", "69003", "--logo", logo().toString()));
        ok(cli.run("user", "add", "Paul Durand", "--email", "paul.durand@college-test.fr"));
        ok(cli.run("contacts", "import", sample("guardians-utf8-bom.csv").toString()));
        ok(cli.runWithInput(PASSWORD + "\n", "account", "add", "personal", "--name", "Claire", "--address", ADDRESS,
                "--host", "127.0.0.1", "--port", String.valueOf(greenMail.getSmtp().getPort()), "--security", "none",
                "--user", LOGIN, "--password-stdin", "--allow-plain-password"));
        Files.createDirectories(source.resolve("attachments"));
        Files.writeString(source.resolve("attachments").resolve("note.txt"), "pièce jointe");
        archive = files.resolve("sauvegarde.zip");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void aRestoredFolderHoldsEverythingAndDecryptsTheStoredPassword(DataFolders dataFolders) throws Exception {
        CliRunner.Result backup = cli.run("backup", archive.toString());
        ok(backup);
        assertThat(backup.out()).contains(archive.toString()).contains("Keep this file somewhere safe");

        CliRunner restoredCli = new CliRunner(target, Locale.ENGLISH);
        CliRunner.Result restore = restoredCli.run("restore", archive.toString());

        ok(restore);
        assertThat(restore.out()).contains("Restored").contains(target.toString());
        for (String list : List.of("user", "contacts", "account")) {
            assertThat(restoredCli.run(list, "list", "--format", "json").jsonArray()).as(list)
                    .isNotEmpty().isEqualTo(cli.run(list, "list", "--format", "json").jsonArray());
        }
        try (OpenDataFolder restored = dataFolders.open(target)) {
            assertThat(restored.setup().institution().find()).hasValueSatisfying(i -> {
                assertThat(i.name()).isEqualTo("Collège Jean Moulin");
                assertThat(i.address().city()).isEqualTo("Lyon");
            });
            assertThat(restored.setup().institution().logo()).isPresent();
        }
        assertThat(everyTable(target)).isEqualTo(everyTable(source)).containsKeys("INSTITUTION", "CONTACT");
        assertThat(target.resolve("attachments").resolve("note.txt")).hasContent("pièce jointe");
        assertThat(Files.getPosixFilePermissions(target.resolve("keys").resolve("secret.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        CliRunner.Result test = restoredCli.run("account", "test", "Claire");
        assertThat(test.exitCode()).as(test.err()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void refusesAFolderThatHoldsDataUnlessForced() throws Exception {
        ok(cli.run("backup", archive.toString()));
        CliRunner other = new CliRunner(target, Locale.ENGLISH);
        ok(other.run("init", "--institution", "Lycée Ampère", "--admin", "Marc Petit"));

        CliRunner.Result refused = other.run("restore", archive.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(refused.err()).contains("already holds data").contains("--force");
        assertThat(other.run("user", "list", "--format", "json").jsonArray())
                .extracting(u -> u.get("name")).containsExactly("Marc Petit");

        ok(other.run("restore", archive.toString(), "--force"));

        assertThat(other.run("user", "list", "--format", "json").jsonArray())
                .extracting(u -> u.get("name")).containsExactlyInAnyOrder("Claire Martin", "Paul Durand");
        assertThat(everyTable(target)).isEqualTo(everyTable(source));
    }

    @Test
    void refusesWhileAnotherMissiveHasTheFolderOpen() {
        ok(cli.run("backup", archive.toString()));
        try (Database open = Database.open(target, Database.OpeningListener.NONE)) {
            CliRunner.Result refused = new CliRunner(target, Locale.ENGLISH).run("restore", archive.toString());

            assertThat(refused.exitCode()).isEqualTo(Cli.ALREADY_RUNNING);
            assertThat(refused.err()).contains("already open");
        }
    }

    @Test
    void refusesAFileThatIsNotABackupAndChangesNothing() throws IOException {
        Path notABackup = files.resolve("contacts.zip");
        Files.move(sample("guardians-utf8-bom.csv"), notABackup);

        CliRunner.Result refused = new CliRunner(target, Locale.FRENCH).run("restore", notABackup.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(refused.err()).contains("n’est pas une sauvegarde de Missive");
        try (var left = Files.list(target)) {
            assertThat(left).allMatch(p -> p.getFileName().toString().equals("missive.lock"));
        }
    }

    @Test
    void refusesATruncatedBackupWithExitCodeTwoAndChangesNothing() throws IOException {
        ok(cli.run("backup", archive.toString()));
        byte[] whole = Files.readAllBytes(archive);
        Path truncated = files.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        CliRunner.Result refused = new CliRunner(target, Locale.ENGLISH).run("restore", truncated.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(refused.err()).contains("not a Missive backup, or it is damaged").doesNotContain("ZLIB");
        try (var left = Files.list(target)) {
            assertThat(left).allMatch(p -> p.getFileName().toString().equals("missive.lock"));
        }
    }

    @Test
    void onlyAnAdministratorMayBackUp() {
        CliRunner.Result refused = cli.run("--as", "Paul Durand", "backup", archive.toString());

        assertThat(refused.exitCode()).isNotZero();
        assertThat(archive).doesNotExist();
    }

    private static void ok(CliRunner.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private Path sample(String name) throws IOException {
        Path copy = files.resolve(name);
        Files.deleteIfExists(copy);
        try (InputStream in = getClass().getResourceAsStream("/contacts/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private Path logo() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x1f4e79);
        Path png = files.resolve("logo.png");
        ImageIO.write(image, "png", png.toFile());
        return png;
    }

    /** Every row of every table of the folder's database, as text, by table name. */
    private static Map<String, List<String>> everyTable(Path folder) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Database db = Database.open(folder, Database.OpeningListener.NONE);
             Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' ORDER BY table_name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(text(rs.getObject(i))).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(name, rows);
            }
        }
        return tables;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
    }
}
