package fr.missive.app.outbox;

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
import fr.missive.store.db.Database;
import fr.missive.store.db.EmbeddedOnly;
import fr.missive.store.outbox.DeliveryJournal;
import fr.missive.store.outbox.JdbcOutboxStore;
import fr.missive.store.outbox.SentMark;
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
 * {@code kill -9} of {@code missive outbox run} after the "sent" marks of the messages it
 * delivered are in the delivery journal and before the outbox recorded them (they are recorded
 * at the end of a batch of 50; the 40 messages here are one batch): the next run records them
 * before it claims anything, so none of them is sent again; at most the message in flight at the
 * kill goes twice.
 */
@EmbeddedOnly // about a kill of the process holding the HSQLDB files and its journal
@ExtendWith(DataFolderExtension.class)
class OutboxJournalKillTest {

    private static final int MESSAGES = 40;

    @TempDir
    Path folder;

    @Test
    void messagesMarkedInTheJournalButNotYetInTheOutboxAreNotSentAgainAfterAKill(DataFolders dataFolders)
            throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().delayAfterData(25).start()) {
            Map<Long, String> queued = queue(dataFolders, server.port());

            try (ChildJvm first = ChildJvm.start(Main.class, "--data-dir", folder.toString(),
                    "outbox", "run", "--until-empty", "--max-seconds", "120")) {
                Await.until("the first messages received", Duration.ofSeconds(60),
                        () -> server.messages().size() >= 15);
                first.killHard();
            }
            int receivedBeforeRestart = server.messages().size();
            assertThat(receivedBeforeRestart).as("killed in the middle of the batch").isLessThan(MESSAGES);

            // What the killed process left: marks in the journal, none of them in the outbox yet.
            List<Long> journaled;
            try (DeliveryJournal journal = DeliveryJournal.open(folder.resolve("db").resolve("outbox.journal"))) {
                journaled = journal.pending().stream().map(SentMark::id).toList();
            }
            assertThat(journaled).as("each message received but the one in flight is marked")
                    .hasSizeGreaterThanOrEqualTo(receivedBeforeRestart - 1);
            try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
                assertThat(new JdbcOutboxStore(db).countByState().get(OutboxState.SENT))
                        .as("killed between the journal and the outbox").isZero();
            }

            try (ChildJvm second = ChildJvm.start(Main.class, "--data-dir", folder.toString(),
                    "outbox", "run", "--until-empty", "--max-seconds", "120")) {
                assertThat(second.awaitExit(180)).isZero();
            }

            List<String> received = ReceivedMessages.messageIds(server.messages());
            Map<String, Long> copies = received.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(queued.values());
            assertThat(received.size()).as("at most the one message in flight twice").isBetween(MESSAGES, MESSAGES + 1);
            for (long id : journaled) {
                assertThat(copies.get(queued.get(id))).as("message %d, marked in the journal", id).isEqualTo(1);
            }
            try (OpenDataFolder services = dataFolders.open(folder)) {
                User admin = services.setup().users().soleAdministrator().orElseThrow();
                assertThat(services.outbox().outbox().list(admin)).extracting(OutboxEntry::state, OutboxEntry::attempts)
                        .containsOnly(org.assertj.core.groups.Tuple.tuple(OutboxState.SENT, 1))
                        .hasSize(MESSAGES);
            }
        }
    }

    /** A data folder with an account on the test server and the messages queued; their Message-IDs by id. */
    private Map<Long, String> queue(DataFolders dataFolders, int port) {
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
            services.outbox().outbox().queue(admin, "Secrétariat", batch);
            return services.outbox().outbox().list(admin).stream()
                    .collect(Collectors.toMap(OutboxEntry::id, OutboxEntry::messageId));
        }
    }
}
