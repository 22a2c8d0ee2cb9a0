package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder and file of a data folder, and the backup, belong to their owner alone: after
 * set-up, an import, a message queued and a backup, nothing in it is readable by another
 * account of the PC (POSIX modes; the Windows access lists are set by the same code).
 */
class DataFolderPermissionsCliTest {

    @TempDir
    Path work;

    @TempDir
    Path files;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "the modes are checked where the file system has POSIX permissions");
    }

    @Test
    void everyFolderIs0700AndEveryFileIs0600AfterInitImportSendAndBackup() throws IOException {
        Path data = work.resolve("missive");
        CliRunner cli = new CliRunner(data, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(2525).exitCode()).isZero();
        Path csv = files.resolve("guardians.csv");
        try (InputStream in = getClass().getResourceAsStream("/contacts/guardians-utf8-bom.csv")) {
            Files.copy(in, csv);
        }
        assertThat(cli.run("contacts", "import", csv.toString()).exitCode()).isZero();
        CliRunner.Result sent = cli.run("send", "mail", "--account", "Secrétariat", "--to", "famille@example.org",
                "--subject", "Relevé", "--body", "Bonjour");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        Path archive = files.resolve("sauvegarde.zip");
        assertThat(cli.run("backup", archive.toString()).exitCode()).isZero();

        List<Path> all;
        try (Stream<Path> walk = Files.walk(data)) {
            all = walk.toList();
        }
        assertThat(all).as("the database, its log, the key and the lock are all there")
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("missive.script"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("missive.properties"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("secret.key"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("missive.lock"));
        assertThat(all).allSatisfy(p -> assertThat(mode(p)).as(p.toString())
                .isEqualTo(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------"));
        assertThat(mode(archive)).as("the backup holds the same data and the key").isEqualTo("rw-------");
    }

    @Test
    void aFolderMadeReadableByAnOlderVersionIsTightenedAtTheNextStart() throws IOException {
        Path data = work.resolve("missive");
        CliRunner cli = new CliRunner(data, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode()).isZero();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }

        assertThat(cli.run("contacts", "list").exitCode()).isZero();

        try (Stream<Path> walk = Files.walk(data)) {
            assertThat(walk.toList()).allSatisfy(p -> assertThat(mode(p)).as(p.toString())
                    .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        }
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
