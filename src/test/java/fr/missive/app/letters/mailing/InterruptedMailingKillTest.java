package fr.missive.app.letters.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Main;
import fr.missive.app.OpenDataFolder;
import fr.missive.cli.CliRunner;
import fr.missive.model.contacts.Contact;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.users.User;
import fr.missive.store.db.ChildJvm;
import fr.missive.store.db.EmbeddedOnly;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} while a mailing is being queued: a child JVM runs the real
 * {@code missive send letter … --contacts all --attach-pdf} and is killed (SIGKILL, nothing
 * flushed, no shutdown) once about a hundred message bodies are in the database's LOB file. Then new processes list the mailing with exactly the letters not
 * queued, and resume it (every contact then has exactly one message) or drop it (nothing queued lost).
 */
@EmbeddedOnly // about a kill of the process holding the HSQLDB files, set up through the command line
@ExtendWith(DataFolderExtension.class)
class InterruptedMailingKillTest {

    private static final String LETTER = "Convocation";
    private static final List<String> HEAP = List.of("-Xmx256m");

    @TempDir
    Path folder;

    @TempDir
    Path files;

    @Test
    void aMailingKilledWhileQueuedListsExactlyTheLettersNotQueuedAndResumingQueuesEachOnce(DataFolders dataFolders)
            throws Exception {
        // Killed at about a hundred letters, four hundred are left to list and resume: resuming
        // renders each of them again, which is most of this test's time.
        setUp(500);
        int queuedWhenKilled = queueAndKill(500);

        CliRunner.Result listed = run("outbox", "interrupted", "--format", "json");
        assertThat(listed.exitCode()).as("a mailing is interrupted").isEqualTo(1);
        Map<String, Object> mailing = listed.jsonArray().get(0);
        assertThat(listed.jsonArray()).hasSize(1);
        assertThat(mailing.get("letter")).isEqualTo(LETTER);
        assertThat(((Number) mailing.get("planned")).intValue()).isEqualTo(500);
        List<String> expected = contactsWithoutMessage(dataFolders);
        assertThat(expected).hasSize(500 - queuedWhenKilled);
        assertThat(names(mailing)).containsExactlyInAnyOrderElementsOf(expected);

        CliRunner.Result resumed = run("outbox", "interrupted", "--resume", (String) mailing.get("key"));
        assertThat(resumed.exitCode()).as(resumed.out()).isZero();

        try (OpenDataFolder services = dataFolders.open(folder)) {
            User admin = services.setup().users().soleAdministrator().orElseThrow();
            Map<String, Long> messagesPerAddress = services.outbox().outbox().list(admin).stream()
                    .flatMap(e -> e.recipients().stream())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            List<String> addresses = services.contacts().contacts().list().stream()
                    .map(c -> c.email().toString()).toList();
            assertThat(messagesPerAddress.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
            assertThat(messagesPerAddress.values()).as("no letter queued twice").containsOnly(1L);
            assertThat(services.letters().interrupted().list(admin)).isEmpty();
        }
    }

    @Test
    void aMailingKilledWhileQueuedAndDroppedIsNoLongerOfferedAndKeepsWhatWasQueued(DataFolders dataFolders)
            throws Exception {
        setUp(600);
        int queuedWhenKilled = queueAndKill(600);
        String key = (String) run("outbox", "interrupted", "--format", "json").jsonArray().get(0).get("key");

        assertThat(run("outbox", "interrupted", "--drop", key.substring(0, 8)).exitCode()).isZero();

        CliRunner.Result after = run("outbox", "interrupted", "--format", "json");
        assertThat(after.exitCode()).isZero();
        assertThat(after.jsonArray()).isEmpty();
        try (OpenDataFolder services = dataFolders.open(folder)) {
            User admin = services.setup().users().soleAdministrator().orElseThrow();
            assertThat(services.outbox().outbox().list(admin)).hasSize(queuedWhenKilled);
        }
    }

    private void setUp(int contacts) throws Exception {
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege("--address", "1 rue Haute", "--postcode", "69008", "--city", "Lyon").exitCode())
                .isZero();
        StringBuilder csv = new StringBuilder("Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement\n");
        for (int i = 1; i <= contacts; i++) {
            csv.append("ÉLÈVE").append(i).append(";Léa;3e A;").append(i).append(" rue Basse;69003;Lyon;lea")
                    .append(i).append("@example.org;oui\n");
        }
        Path list = files.resolve("eleves.csv");
        Files.writeString(list, csv, StandardCharsets.UTF_8);
        assertThat(cli.run("contacts", "import", list.toString()).exitCode()).isZero();
        // Port 9 (discard) on loopback: nothing is delivered, the messages stay waiting.
        assertThat(cli.run("account", "add", "personal", "--name", "Secrétariat", "--address",
                "secretariat@college-test.fr", "--host", "127.0.0.1", "--port", "9", "--security", "none")
                .exitCode()).isZero();
        Path letter = files.resolve("convocation.md");
        Files.writeString(letter, """
                ---
                designation: Convocation
                subject: Convocation de {{first_name}} {{last_name}}
                ---
                Madame, Monsieur,

                nous vous prions de venir au collège avec **{{first_name}} {{last_name}}**, élève de {{class}}.
                """, StandardCharsets.UTF_8);
        assertThat(cli.run("letter", "import", letter.toString()).exitCode()).isZero();
    }

    /** Runs the sending in a child JVM, kills it once some chunks but not all are committed; how many were. */
    private int queueAndKill(int contacts) throws Exception {
        Path errors = files.resolve("child-errors.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", folder.toString(), "send", "letter", LETTER, "--contacts", "all", "--attach-pdf")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
        try {
            // The message bodies go to HSQLDB's LOB file as they are inserted, each about 40 KB: at
            // 4 MB, about a hundred are written, some chunks committed and most letters still to come.
            Path lobs = folder.resolve("db").resolve("missive.lobs");
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (!Files.exists(lobs) || Files.size(lobs) < 4L * 1024 * 1024) {
                assertThat(child.isAlive()).as(() -> "the sending ended before it was killed: " + read(errors))
                        .isTrue();
                assertThat(System.nanoTime()).as("the first chunks written in time").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no SHUTDOWN statement, nothing flushed by Java
            child.waitFor();
        }
        int queued = committedMessages();
        assertThat(queued).as("killed while queueing").isPositive().isLessThan(contacts);
        assertThat(queued % LetterMailing.QUEUE_CHUNK).as("whole chunks only").isZero();
        return queued;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** The messages committed before the kill, read by a new process as the next start would. */
    private int committedMessages() throws Exception {
        return run("outbox", "list", "--format", "json").jsonArray().size();
    }

    /** A command in a new JVM, as the next start of Missive. */
    private CliRunner.Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("--data-dir", folder.toString()));
        command.addAll(List.of(args));
        try (ChildJvm child = ChildJvm.start(HEAP, Main.class, command.toArray(String[]::new))) {
            String out = child.remainingOutput(); // read first: a long list would fill the pipe
            return new CliRunner.Result(child.awaitExit(300), out, "");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> mailing) {
        return (List<String>) mailing.get("notQueued");
    }

    /** Whom the letters not queued are for: the contacts with no message in the outbox. */
    private List<String> contactsWithoutMessage(DataFolders dataFolders) {
        try (OpenDataFolder services = dataFolders.open(folder)) {
            User admin = services.setup().users().soleAdministrator().orElseThrow();
            Map<String, Integer> queued = new HashMap<>();
            for (OutboxEntry e : services.outbox().outbox().list(admin)) {
                e.recipients().forEach(r -> queued.merge(r, 1, Integer::sum));
            }
            return services.contacts().contacts().list().stream()
                    .filter(c -> !queued.containsKey(c.email().toString())).map(Contact::displayName).toList();
        }
    }
}
