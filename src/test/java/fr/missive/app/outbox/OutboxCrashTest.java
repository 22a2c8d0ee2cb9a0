package fr.missive.app.outbox;

import fr.missive.store.db.EmbeddedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Main;
import fr.missive.app.OpenDataFolder;
import fr.missive.cli.CliRunner;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.users.User;
import fr.missive.store.db.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a batch: a child JVM delivering the outbox
 * ({@code missive outbox run --until-empty}) is killed, a second one finishes the job, and the
 * server's count shows every message delivered, at most one twice, with the same Message-ID.
 */
@EmbeddedOnly // about a kill of the process holding the HSQLDB files
@ExtendWith(DataFolderExtension.class)
class OutboxCrashTest {

    private static final int MESSAGES = 60;

    @TempDir
    Path folder;

    @Test
    void aBatchKilledMidwayIsFinishedAtNextStartWithAtMostOneDuplicate(DataFolders dataFolders) throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().delayAfterData(25).start()) {
            List<String> queued = queueBatch(dataFolders, server.port());

            try (ChildJvm first = ChildJvm.start(Main.class, "--data-dir", folder.toString(),
                    "outbox", "run", "--until-empty", "--max-seconds", "120")) {
                Await.until("the first messages received", Duration.ofSeconds(60),
                        () -> server.messages().size() >= 15);
                first.killHard();
            }
            int receivedBeforeRestart = server.messages().size();
            assertThat(receivedBeforeRestart).as("killed in the middle of the batch").isLessThan(MESSAGES);

            try (ChildJvm second = ChildJvm.start(Main.class, "--data-dir", folder.toString(),
                    "outbox", "run", "--until-empty", "--max-seconds", "120")) {
                assertThat(second.awaitExit(180)).isZero();
            }

            List<String> received = ReceivedMessages.messageIds(server.messages());
            Map<String, Long> copies = received.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(queued);
            assertThat(received.size()).as("at most the one message in flight twice").isBetween(MESSAGES, MESSAGES + 1);
            assertThat(copies.values()).allMatch(n -> n <= 2);
            try (OpenDataFolder services = dataFolders.open(folder)) {
                User admin = services.setup().users().soleAdministrator().orElseThrow();
                assertThat(services.outbox().outbox().list(admin)).extracting(OutboxEntry::state)
                        .containsOnly(OutboxState.SENT).hasSize(MESSAGES);
            }
        }
    }

    /** Sets up a data folder with an account on the test server and queues the batch; returns the Message-IDs. */
    private List<String> queueBatch(DataFolders dataFolders, int port) {
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.run("init", "--institution", "Collège Jean-Moulin", "--admin", "Claire Martin").exitCode())
                .isZero();
        assertThat(cli.run("account", "add", "personal", "--name", "Secrétariat", "--address",
                "secretariat@college-test.fr", "--host", "127.0.0.1", "--port", String.valueOf(port), "--security",
                "none").exitCode()).isZero();
        try (OpenDataFolder services = dataFolders.open(folder)) {
            User admin = services.setup().users().soleAdministrator().orElseThrow();
            List<MailContent> batch = new ArrayList<>();
            for (int i = 1; i <= MESSAGES; i++) {
                batch.add(MailContent.plain(List.of(EmailAddress.parse("famille" + i + "@college-test.fr")),
                        "Bulletin n° " + i, "Bonjour,\nvoici le bulletin.\n", List.of()));
            }
            List<Long> ids = services.outbox().outbox().queue(admin, "Secrétariat", batch);
            Map<Long, String> byId = services.outbox().outbox().list(admin).stream()
                    .collect(Collectors.toMap(OutboxEntry::id, OutboxEntry::messageId));
            return ids.stream().map(byId::get).toList();
        }
    }
}
