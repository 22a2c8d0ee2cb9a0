package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.outbox.OutboxHolder;
import fr.missive.app.users.UserDraft;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.db.CuttableProxy;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.PostgresqlOnly;
import fr.missive.store.db.ServerConnection;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command whose shared database's server goes away while it runs ({@code outbox run}, cut in the
 * middle of the sending through a loopback relay) ends with exit code 1 and one line saying so,
 * no stack trace; the same command on the way back finishes the outbox.
 */
@PostgresqlOnly
class ServerGoneCliTest {

    private static final int MESSAGES = 150;

    @TempDir
    Path folder;

    @Test
    void aCommandWhoseServerGoesAwayMidwayExitsWithOneAndOneLine() throws Exception {
        // Both runs are in this JVM, so under one holder name: the second takes the first's
        // claims over once their lease has expired (a real second process would at once).
        System.setProperty(OutboxHolder.LEASE_PROPERTY, "3000");
        try {
            cutMidwayThenRunAgain();
        } finally {
            System.clearProperty(OutboxHolder.LEASE_PROPERTY);
        }
    }

    private void cutMidwayThenRunAgain() throws Exception {
        DatabaseTarget.Server database = (DatabaseTarget.Server) TestDatabases.targetFor(folder);
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer().delayAfterData(20).start();
             CuttableProxy proxy = CuttableProxy.to(database)) {
            DatabaseTarget.Server relayed = proxy.target(database);
            queue(folder, relayed, smtp.port());
            new ServerConnection(relayed.url(), relayed.user(), Password.of(relayed.password()), "").save(folder);
            CliRunner cli = new CliRunner(folder, Locale.ENGLISH);

            CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(
                    () -> cli.run("outbox", "run", "--until-empty", "--max-seconds", "120"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (smtp.received() < MESSAGES / 5 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(smtp.received()).as("the sending under way").isGreaterThanOrEqualTo(MESSAGES / 5);
            proxy.cut();
            CliRunner.Result r = run.get(60, TimeUnit.SECONDS);

            assertThat(r.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.errLines().get(0)).matches("missive: The database server 127\\.0\\.0\\.1:\\d+ stopped"
                    + " answering: what you just did was not saved\\..*");
            assertThat(smtp.received()).as("the cut came in the middle of the sending").isLessThan(MESSAGES);

            proxy.restore();
            CliRunner.Result again = cli.run("outbox", "run", "--until-empty", "--max-seconds", "120");
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(smtp.received()).as("every message sent, at most the one on the wire twice")
                    .isBetween(MESSAGES, MESSAGES + 1);
        }
    }

    /** The school, its account on the loopback SMTP server and the messages, made by this PC on the shared database. */
    private static void queue(Path folder, DatabaseTarget.Server database, int port) {
        try (OpenDataFolder services = Wiring.open(folder, database, () -> { })) {
            services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin",
                    List.of("12 rue des Écoles"), "69003", "Lyon", "", ""), null,
                    new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN, null));
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
            services.outbox().outbox().queue(claire, "Secrétariat", batch);
        }
    }
}
