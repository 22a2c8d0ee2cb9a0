package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.mail.Security;
import fr.missive.model.outbox.OutboxState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An account's per-minute limit holds for the school, not per PC: two workers with their own PC
 * ids deliver one outbox on one database (HSQLDB, then PostgreSQL in the {@code postgresql}
 * execution), on a clock the test moves, and together send no more than the limit in a minute.
 */
class SharedOutboxLimitsTest {

    private static final int PER_MINUTE = 3;

    @TempDir
    Path folder;

    @Test
    void twoPcsSendingForOneAccountTogetherKeepToItsLimitPerMinute() throws Exception {
        MovingClock clock = new MovingClock(Instant.now().minusSeconds(1));
        ProviderLimits limits = new ProviderLimits(new ProviderPresets(),
                Map.of("127.0.0.1", new SendingLimits(PER_MINUTE, 0)));
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             OutboxFixture f = new OutboxFixture(folder, new SmtpDraft("127.0.0.1", server.port(), Security.NONE,
                     null, null, null, false, null), OutboxFixture.QUICK, limits, clock)) {
            f.queue(12);
            DeliveryWorker secretariat = f.anotherPc(limits, clock);
            DeliveryWorker vieScolaire = f.anotherPc(limits, clock);

            assertThat(secretariat.runForeground(false, null).sent()).isEqualTo(PER_MINUTE);
            clock.advance(Duration.ofSeconds(30));
            assertThat(vieScolaire.runForeground(false, null).sent())
                    .as("the other PC's messages of the last minute count").isZero();
            clock.advance(Duration.ofSeconds(31));
            assertThat(vieScolaire.runForeground(false, null).sent()).isEqualTo(PER_MINUTE);

            // Both at once, a minute later: the limit is shared, whoever claims what.
            clock.advance(Duration.ofSeconds(61));
            CompletableFuture<DeliveryWorker.RunSummary> one =
                    CompletableFuture.supplyAsync(() -> secretariat.runForeground(false, null));
            CompletableFuture<DeliveryWorker.RunSummary> two =
                    CompletableFuture.supplyAsync(() -> vieScolaire.runForeground(false, null));
            assertThat(one.get().sent() + two.get().sent()).isEqualTo(PER_MINUTE);

            assertThat(server.messages()).hasSize(3 * PER_MINUTE);
            assertThat(f.inState(OutboxState.SENT)).isEqualTo(3 * PER_MINUTE);
            assertThat(f.inState(OutboxState.QUEUED)).as("the rest waits, claimed by no one").isEqualTo(3);
        }
    }

    /** A clock that moves only when told. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Paris");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
