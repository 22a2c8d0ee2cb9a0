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
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.db.PostgresqlOnly;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs wired as Missive wires them, on one PostgreSQL database: a mailing queued on one PC
 * is delivered by the other PC's idle worker as soon as its change feed hears of it, not at its
 * next planned look, a minute later (the only worker running is the other PC's).
 */
@PostgresqlOnly
class SharedOutboxWakeTest {

    @TempDir
    Path secretariat;
    @TempDir
    Path vieScolaire;

    @Test
    void anIdlePcDeliversWhatAnotherPcQueuesWithoutWaitingForItsNextLook() throws Exception {
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer().start();
             OpenDataFolder sending = Wiring.open(secretariat, TestDatabases.targetFor(secretariat), () -> { });
             OpenDataFolder queueing = Wiring.open(vieScolaire, TestDatabases.targetFor(secretariat), () -> { })) {
            User admin = sending.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin",
                    List.of("12 rue des Écoles"), "69003", "Lyon", "", ""), null,
                    new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN, null));
            sending.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                    "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", smtp.port(),
                    Security.NONE, null, null, null, false, null), null, false, List.of(), null));
            DeliveryWorker worker = sending.outbox().outbox().worker();
            worker.start();
            try {
                // Its first look found nothing: it now sleeps until its next one, a minute away.
                Thread.sleep(2_000);
                assertThat(smtp.messages()).isEmpty();

                queueing.outbox().outbox().queue(admin, "Secrétariat", List.of(MailContent.plain(
                        List.of(EmailAddress.parse("famille.martin@college-test.fr")), "Réunion parents-professeurs",
                        "Bonjour,\nla réunion aura lieu jeudi.\n", List.of())));

                Await.until("the other PC's message delivered", Duration.ofSeconds(20),
                        () -> smtp.messages().size() == 1);
                Await.until("recorded as sent", Duration.ofSeconds(20),
                        () -> queueing.outbox().outbox().waiting() == 0);
                assertThat(smtp.messages()).hasSize(1);
            } finally {
                worker.stop(Duration.ofSeconds(10));
            }
        }
    }
}
