package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.i18n.Messages;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.store.accounts.JdbcAccountStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message larger than its account's server takes, measured encoded: refused before it is
 * queued, with both sizes, when the limit is known (the server's EHLO SIZE once seen, else the
 * provider's documented one); and never uploaded to a server whose SIZE is smaller.
 */
class MessageSizeLimitTest {

    private static final String ONE_MEGABYTE_SERVER = "250-scripted.test\r\n250-8BITMIME\r\n250-SIZE 1000000\r\n"
            + "250 AUTH PLAIN LOGIN";

    @TempDir
    Path folder;

    @Test
    void aMessageOverTheAdvertisedSizeFailsWithoutUploadAndTheNextIsRefusedBeforeQueueing() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().ehlo(ONE_MEGABYTE_SERVER).start();
             OutboxFixture f = new OutboxFixture(folder, server.port(), OutboxFixture.QUICK)) {
            // Nothing is known of this server yet: a 2 MB message is queued...
            long big = f.outbox.queue(f.admin, OutboxFixture.ACCOUNT, List.of(withAttachment(1_500_000))).get(0);
            long small = f.queue(1).get(0);

            DeliveryWorker.RunSummary run = f.worker.runForeground(true, Duration.ofSeconds(30));

            // ...and failed for good at delivery, with both sizes, before any byte of it went.
            assertThat(run.failed()).isEqualTo(1);
            OutboxEntry failed = f.entry(big);
            assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
            assertThat(Messages.forLocale(Messages.FRENCH).get(failed.lastError())).isEqualTo(
                    "Non envoyé\u00a0: ce message fait 2,0\u00a0Mo une fois encodé, et le serveur de ce compte annonce"
                            + " n’accepter que 1,0\u00a0Mo. Envoyez des fichiers plus légers, ou répartissez-les sur"
                            + " plusieurs messages.");
            assertThat(f.entry(small).state()).isEqualTo(OutboxState.SENT);
            assertThat(server.received()).isEqualTo(1);
            assertThat(server.commands().stream().filter(c -> c.startsWith("DATA")).count()).isEqualTo(1);
            assertThat(new JdbcAccountStore(f.db).advertisedMaxSize(f.entry(small).accountId())).hasValue(1_000_000);

            // Now the size is known: refused before queueing, in plain words, nothing queued.
            int before = f.entries().size();
            assertThatThrownBy(() -> f.outbox.queue(f.admin, OutboxFixture.ACCOUNT, List.of(withAttachment(1_500_000))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(Messages.forLocale(Messages.FRENCH).get(e.userMessage())).isEqualTo(
                                "Ce message fait 2,0\u00a0Mo une fois encodé\u00a0; le serveur de ce compte accepte"
                                        + " au plus 1\u00a0Mo. Envoyez des fichiers plus légers, ou répartissez-les"
                                        + " sur plusieurs messages.");
                        assertThat(Messages.forLocale(Messages.ENGLISH).get(e.userMessage())).startsWith(
                                "This message is 2.0 MB once encoded; this account's server accepts at most 1 MB.");
                    });
            assertThat(f.entries()).hasSize(before);
        }
    }

    @Test
    void withoutAnAdvertisedSizeTheProvidersDocumentedLimitRefusesTheEncodedSizeNotTheFilesSize() {
        SmtpDraft gmail = new SmtpDraft("smtp.gmail.com", 587, Security.STARTTLS, null, null, null, false);
        try (OutboxFixture f = new OutboxFixture(folder, gmail, OutboxFixture.QUICK)) {
            // 20 MB of file is under Gmail's 25 MB, but 27.4 MB once in base64. The small message
            // built and stored before it goes too: all or none.
            assertThatThrownBy(() -> f.outbox.queue(f.admin, OutboxFixture.ACCOUNT,
                    List.of(withAttachment(1024), withAttachment(20 * 1024 * 1024))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                            Messages.forLocale(Messages.FRENCH).get(e.userMessage())).startsWith(
                            "Ce message fait 27,4\u00a0Mo une fois encodé\u00a0; le serveur de ce compte accepte au"
                                    + " plus 25\u00a0Mo."));
            assertThat(f.entries()).isEmpty();

            assertThat(f.outbox.queue(f.admin, OutboxFixture.ACCOUNT, List.of(withAttachment(17 * 1024 * 1024))))
                    .hasSize(1);
        }
    }

    @Test
    void aServerOfNoKnownProviderIsLeftToDecideUntilItAdvertisesASize() {
        MessageSizeLimit limit = new MessageSizeLimit(new ProviderLimits(new ProviderPresets()));
        SmtpSettings school = SmtpSettings.of("smtp.college-test.fr", 587, Security.STARTTLS);
        SmtpSettings gmail = SmtpSettings.of("smtp.gmail.com", 587, Security.STARTTLS);

        assertThat(limit.of(OptionalLong.empty(), school)).isEmpty();
        assertThat(limit.of(OptionalLong.of(52_428_800), school)).hasValue(52_428_800);
        assertThat(limit.of(OptionalLong.empty(), gmail)).hasValue(25L * 1024 * 1024);
        assertThat(limit.of(OptionalLong.of(36_700_160), gmail)).as("the server's word first").hasValue(36_700_160);
    }

    private static MailContent withAttachment(int bytes) {
        byte[] scan = new byte[bytes];
        new Random(bytes).nextBytes(scan);
        return MailContent.plain(List.of(EmailAddress.parse("famille@college-test.fr")), "Dossier scanné",
                "Bonjour,\nci-joint le dossier.\n", List.of(new Attachment("dossier.pdf", "application/pdf", scan)));
    }
}
