package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.db.CuttableProxy;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.PostgresqlOnly;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's "database server stopped and started again during a sending", without stopping the
 * shared test server: this PC reaches PostgreSQL through a loopback relay that is cut (every
 * connection reset, new ones refused) for a few seconds while the outbox delivers 300 messages to
 * a loopback SMTP server, then restored. The worker stops sending while the server is gone, keeps
 * running, and resumes by itself: every message arrives, at most one twice, all end sent.
 */
@PostgresqlOnly
class ServerGoneOutboxTest {

    private static final int MESSAGES = 300;
    private static final Duration CUT = Duration.ofSeconds(4);

    @TempDir
    Path folder;

    @Test
    void theOutboxWaitsWhileTheServerIsGoneAndResumesWithEveryMessageSentAndAtMostOneTwice() throws Exception {
        DatabaseTarget.Server database = (DatabaseTarget.Server) TestDatabases.targetFor(folder);
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer().delayAfterData(10).start();
             CuttableProxy proxy = CuttableProxy.to(database);
             OpenDataFolder services = Wiring.open(folder, proxy.target(database), () -> { })) {
            Set<String> queued = queue(services, smtp.port());
            assertThat(queued).hasSize(MESSAGES);
            DeliveryWorker worker = services.outbox().outbox().worker();
            worker.start();
            try {
                Await.until("a third of the messages sent", Duration.ofSeconds(60), () -> smtp.received() >= MESSAGES / 3);
                proxy.cut();
                Thread.sleep(500);
                int atCut = smtp.received();
                Thread.sleep(CUT.toMillis());
                assertThat(smtp.received()).as("nothing sent while the database is gone").isEqualTo(atCut);
                assertThat(smtp.received()).as("the cut came in the middle of the sending").isLessThan(MESSAGES);
                assertThat(worker.isRunning()).as("the worker waits, it did not stop").isTrue();
                proxy.restore();

                Await.until("every message recorded as sent", Duration.ofSeconds(90),
                        () -> states(database).getOrDefault("SENT", 0L) == MESSAGES);
            } finally {
                worker.stop(Duration.ofSeconds(10));
            }
            List<String> received = ReceivedMessages.messageIds(smtp.messages());
            Map<String, Long> copies = received.stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(copies.keySet()).as("every message arrived").containsExactlyInAnyOrderElementsOf(queued);
            assertThat(received.size() - queued.size()).as("at most the message on the wire twice").isLessThanOrEqualTo(1);
            assertThat(states(database)).as("all sent, none failed, deferred or held").containsOnlyKeys("SENT");
            System.out.printf("ServerGoneOutboxTest: %d received for %d queued%n", received.size(), queued.size());
        }
    }

    /** The school, its account on the loopback SMTP server, and the messages queued; their Message-IDs. */
    private static Set<String> queue(OpenDataFolder services, int port) {
        services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                "69003", "Lyon", "", ""), null, new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN, null));
        User claire = services.setup().users().find("Claire Martin").orElseThrow();
        services.accounts().accounts().saveAnyway(claire, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null,
                new SmtpDraft("127.0.0.1", port, Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
        List<MailContent> batch = new ArrayList<>();
        for (int i = 1; i <= MESSAGES; i++) {
            batch.add(MailContent.plain(List.of(EmailAddress.parse("famille" + i + "@college-test.fr")),
                    "Bulletin n° " + i, "Bonjour,\nvoici le bulletin.\n", List.of()));
        }
        Set<Long> ids = new HashSet<>(services.outbox().outbox().queue(claire, "Secrétariat", batch));
        return services.outbox().outbox().list(claire).stream().filter(e -> ids.contains(e.id()))
                .map(OutboxEntry::messageId).collect(Collectors.toSet());
    }

    /** The outbox's messages by state, read straight from the server (not through the relay). */
    private static Map<String, Long> states(DatabaseTarget.Server database) {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state, COUNT(*) FROM outbox_message GROUP BY state")) {
            Map<String, Long> counts = new TreeMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
