package fr.missive.app.letters.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.cli.CliRunner;
import fr.missive.model.MissiveException;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailing whose queueing is cut between two chunks of 50 (a failure injected once the first
 * chunk is committed, as a power cut would leave it), found at the next opening of the data
 * folder with exactly the letters not queued, then queued (resume) or dropped. Real data folder,
 * no server: the outbox is read back.
 */
@ExtendWith(DataFolderExtension.class)
class InterruptedMailingTest {

    private static final String ACCOUNT = "Secrétariat";

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private DataFolders dataFolders;
    private OpenDataFolder services;
    private User claire;
    private LetterTemplate template;

    @BeforeEach
    void setUp(DataFolders folders) throws IOException {
        dataFolders = folders;
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege("--address", "1 rue Haute", "--postcode", "69008", "--city", "Lyon").exitCode())
                .isZero();
        StringBuilder csv = new StringBuilder("Nom;Prénom;Classe;Courriel;Consentement\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("ÉLÈVE").append(i).append(";Léa;3e A;lea").append(i).append("@example.org;oui\n");
        }
        Path file = files.resolve("eleves.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(cli.run("contacts", "import", file.toString()).exitCode()).isZero();
        // Port 9 (discard) on loopback: nothing is delivered, the messages stay waiting.
        assertThat(cli.run("account", "add", "personal", "--name", ACCOUNT, "--address",
                "secretariat@college-test.fr", "--host", "127.0.0.1", "--port", "9", "--security", "none")
                .exitCode()).isZero();
        reopen();
        template = new LetterTemplate("Réunion", null, "Réunion du {{date_reunion}}",
                "Madame, Monsieur,\n\nla réunion de {{first_name}} aura lieu le {{date_reunion}}.",
                List.of("date_reunion"));
        services.letters().templates().create(claire, template);
    }

    /** Closes the data folder as quitting Missive does, and opens it again as the next start. */
    private void reopen() {
        if (services != null) {
            services.close();
        }
        services = dataFolders.open(folder);
        services.outbox().outbox().worker().stop(Duration.ofSeconds(5));
        claire = services.setup().users().find("Claire Martin").orElseThrow();
    }

    private MailingPlan plan() {
        MailingOptions options = MailingOptions.byEmail(Locale.FRENCH).attachPdf(false).inline(true)
                .subject("Réunion — {{first_name}}").readReceipt(true)
                .letterFields(Map.of("date_reunion", "12 mars")).build();
        List<Contact> contacts = services.contacts().contacts().list();
        return services.letters().mailing().plan(claire, ACCOUNT, template, contacts, options);
    }

    /**
     * Queues the plan and cuts it short once the first chunk of 50 is committed, as a power cut
     * would; returns the letters not queued. The chunks are committed while the next ones are
     * written: the second may be on its way to the disk when the cut comes, and is then committed whole.
     */
    private List<String> cutAfterTheFirstChunk() {
        MailingPlan plan = plan();
        assertThatThrownBy(() -> services.letters().mailing().send(claire, ACCOUNT, plan, (done, total) -> {
            if (done >= 50) { // progress shows committed letters only: the first chunk
                throw new IllegalStateException("power cut");
            }
        }, () -> false)).hasMessage("power cut");
        int queued = services.outbox().outbox().counts().get(OutboxState.QUEUED);
        assertThat(queued).as("whole chunks, the last ones not queued").isIn(50, 100);
        return plan.emailLetters().subList(queued, 120).stream().map(MailingJournal::name).toList();
    }

    @Test
    void aMailingCutBetweenTwoChunksNamesTheLettersNotQueuedAndResumingQueuesExactlyThem() {
        List<String> notQueued = cutAfterTheFirstChunk();

        reopen();
        List<InterruptedMailings.Interrupted> found = services.letters().interrupted().list(claire);

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Réunion");
            assertThat(i.accountName()).isEqualTo(ACCOUNT);
            assertThat(i.planned()).isEqualTo(120);
            assertThat(i.notQueued()).containsExactlyElementsOf(notQueued);
        });
        String key = found.get(0).shortKey();

        MailingSummary summary = services.letters().interrupted().resume(claire, key, (done, total) -> { },
                () -> false);

        assertThat(summary.queued()).isEqualTo(notQueued.size());
        assertThat(services.letters().interrupted().list(claire)).isEmpty();
        List<OutboxEntry> queued = services.outbox().outbox().list(claire);
        assertThat(queued).hasSize(120);
        // Each family once, with the choices of the first sending.
        assertThat(queued.stream().flatMap(e -> e.recipients().stream()).distinct()).hasSize(120);
        assertThat(queued).allSatisfy(e -> assertThat(e.subject()).isEqualTo("Réunion — Léa"));
    }

    @Test
    void droppingTheRestForgetsTheMailingAndKeepsWhatWasQueued() {
        int queued = 120 - cutAfterTheFirstChunk().size();
        reopen();
        String key = services.letters().interrupted().list(claire).get(0).shortKey();

        services.letters().interrupted().drop(claire, key);

        assertThat(services.letters().interrupted().list(claire)).isEmpty();
        assertThat(services.outbox().outbox().counts().get(OutboxState.QUEUED)).isEqualTo(queued);
        assertThatThrownBy(() -> services.letters().interrupted().resume(claire, key, (d, t) -> { }, () -> false))
                .isInstanceOf(MissiveException.class);
    }

    @Test
    void aMailingQueuedToTheEndIsNotInterruptedAndOneStoppedByTheUserIs() {
        MailingPlan plan = plan();
        services.letters().mailing().send(claire, ACCOUNT, plan, (done, total) -> { }, () -> false);
        assertThat(services.letters().interrupted().list(claire)).isEmpty();

        int[] seen = {0};
        MailingSummary stopped = services.letters().mailing().send(claire, ACCOUNT, plan(),
                (done, total) -> seen[0] = done, () -> seen[0] >= 50);

        assertThat(stopped.cancelled()).isTrue();
        assertThat(services.letters().interrupted().list(claire)).singleElement()
                .satisfies(i -> assertThat(i.notQueued()).hasSize(120 - stopped.queued()));
    }

    @Test
    void theCommandLineListsTheLettersNotQueuedAndResumesThem() {
        List<String> notQueued = cutAfterTheFirstChunk();
        services.close();
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);

        CliRunner.Result status = cli.run("outbox", "status");
        CliRunner.Result listed = cli.run("outbox", "interrupted");

        assertThat(status.out()).contains("A mailing was interrupted while being queued");
        assertThat(listed.exitCode()).isEqualTo(1);
        int left = notQueued.size();
        assertThat(listed.out()).contains("“Réunion” from Secrétariat")
                .contains(left + " letters of 120 are not in the outbox")
                .contains("  " + notQueued.get(0) + "\n").contains("  " + notQueued.get(left - 1) + "\n");
        String key = cli.run("outbox", "interrupted", "--format", "json").jsonArray().get(0).get("key").toString();

        CliRunner.Result resumed = cli.run("outbox", "interrupted", "--resume", key.substring(0, 8));

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains(left + " e-mails queued of the " + left + " that were not");
        assertThat(cli.run("outbox", "interrupted").out()).contains("No interrupted mailing.");
        assertThat(cli.run("outbox", "status", "--format", "json").jsonObject()).containsEntry("queued", 120);
    }
}
