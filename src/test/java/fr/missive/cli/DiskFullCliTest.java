package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder on a disk that fills up, made real: a small tmpfs mounted for the test, filled
 * with a filler file, so that HSQLDB's own writes meet the kernel's "no space left on device".
 * Whatever the command line acknowledged must still be there once space is freed; whatever it
 * could not save must fail with the plain message. Mounting needs root, which CI has.
 */
class DiskFullCliTest {

    private static final Pattern QUEUED_ID = Pattern.compile("Queued: one message in the outbox \\(id (\\d+)\\)");

    @TempDir
    Path work;

    @TempDir
    Path files;

    private Path mount;
    private Path data;
    private Path filler;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux") && "root".equals(System.getProperty("user.name")),
                "mounting a small tmpfs to fill a real disk needs root on Linux (CI runs the tests as root)");
        mount = Files.createDirectory(work.resolve("disk"));
        run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString());
        data = mount.resolve("missive");
        filler = mount.resolve("filler");
        CliRunner cli = new CliRunner(data, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(2525).exitCode()).isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void everyQueuedMessageSurvivesTheDiskFillingUpAndTheOthersFailWithWhatToFree() throws Exception {
        CliRunner cli = new CliRunner(data, Locale.ENGLISH);
        fillDiskLeaving(256 * 1024);

        List<Long> acknowledged = new ArrayList<>();
        List<CliRunner.Result> failures = new ArrayList<>();
        String body = "Bonjour,\n" + "les résultats du trimestre sont disponibles. ".repeat(300);
        // Thirty: a body is now written once, to the .lobs file, not also as hex into the .log,
        // so the 256 KB left take more messages to fill than the twelve they used to.
        for (int i = 0; i < 30; i++) {
            CliRunner.Result r = cli.run("send", "mail", "--account", "Secrétariat", "--to", "famille" + i + "@example.org",
                    "--subject", "Relevé " + i, "--body", body);
            Matcher queued = QUEUED_ID.matcher(r.out());
            if (r.exitCode() == 0) {
                assertThat(queued.find()).as(r.out()).isTrue();
                acknowledged.add(Long.parseLong(queued.group(1)));
            } else {
                failures.add(r);
            }
        }

        assertThat(acknowledged).as("some messages fit before the disk is full").isNotEmpty();

        assertThat(failures).as("the disk fills up during the run").isNotEmpty();
        assertThat(acknowledged).as("an id is never given twice: none was lost").doesNotHaveDuplicates();
        Files.delete(filler);
        CliRunner.Result list = cli.run("outbox", "list", "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.err()).as("an 8 MB disk is below the warning threshold, said on standard error")
                .contains("missive: Little space is left on the disk of the data folder").contains(data.toString());
        List<Long> stored = list.jsonArray().stream().map(m -> ((Number) m.get("id")).longValue()).toList();
        assertThat(stored).as("every acknowledged message is still queued").containsAll(acknowledged);
        assertThat(failures).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(r.out()).doesNotContain("Queued");
            assertThat(r.err()).contains("The disk of the data folder is full").contains(data.toString())
                    .containsPattern("(Less than 1 MB is|Only \\d+ MB is) free").doesNotContain("Exception");
        });

        CliRunner.Result again = cli.run("send", "mail", "--account", "Secrétariat", "--to", "famille@example.org",
                "--subject", "Après", "--body", body);
        assertThat(again.exitCode()).as("once space is freed, sending works again: " + again.err()).isZero();
    }

    @Test
    void anImportThatCannotBeSavedFailsInFrenchAndLeavesNoContactBehind() throws Exception {
        Path csv = files.resolve("eleves.csv");
        StringBuilder rows = new StringBuilder("Nom;Prénom;Classe;Courriel\n");
        for (int i = 0; i < 20_000; i++) {
            rows.append("BÉGUÉ").append(i).append(";Océane;3e A;famille").append(i).append("@example.org\n");
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        fillDiskLeaving(256 * 1024);

        CliRunner french = new CliRunner(data, Locale.FRENCH);
        CliRunner.Result imported = french.run("contacts", "import", csv.toString());

        Files.delete(filler);
        CliRunner.Result list = new CliRunner(data, Locale.ENGLISH).run("contacts", "list", "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        List<Map<String, Object>> contacts = list.jsonArray();
        if (imported.exitCode() == 0) {
            assertThat(contacts).as("an import reported done is all there").hasSize(20_000);
        } else {
            assertThat(imported.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(imported.err()).contains("Le disque du dossier de données est plein").contains(data.toString())
                    .contains("de libre").doesNotContain("Exception");
            assertThat(contacts).as("a failed import leaves nothing half done").isEmpty();
        }
        assertThat(imported.exitCode()).as("20,000 contacts do not fit in 256 KB").isNotZero();
    }

    /** Fills the small disk with one file, then gives back {@code bytes} of it. */
    private void fillDiskLeaving(long bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full).hasMessageContaining("No space left on device");
        }
        try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
            file.setLength(Math.max(0, file.length() - bytes));
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
