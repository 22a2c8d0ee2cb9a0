package fr.missive.app.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatchPolicyTest {

    @AfterEach
    void forget() {
        System.clearProperty(WatchPolicy.IDLE_PROPERTY);
    }

    @Test
    void idleIsUsedUnlessTheSystemPropertyTurnsItOff() {
        assertThat(WatchPolicy.fromSystem().idle()).isTrue();
        System.setProperty(WatchPolicy.IDLE_PROPERTY, " FALSE ");
        assertThat(WatchPolicy.fromSystem()).isEqualTo(WatchPolicy.DEFAULT.withoutIdle());
        System.setProperty(WatchPolicy.IDLE_PROPERTY, "true");
        assertThat(WatchPolicy.fromSystem().idle()).isTrue();
    }

    @Test
    void theDefaultPollsEveryThirtySecondsAndRenewsIdleWithinTheThirtyMinutesServersAllow() {
        assertThat(WatchPolicy.DEFAULT.poll()).isEqualTo(Duration.ofSeconds(30));
        assertThat(WatchPolicy.DEFAULT.idleRenewal()).isLessThan(Duration.ofMinutes(29));
    }

    @Test
    void theWaitAfterALostMailboxDoublesUpToFiveMinutes() {
        Duration wait = WatchPolicy.DEFAULT.nextRetry(null);
        assertThat(wait).isEqualTo(Duration.ofSeconds(5));
        for (int i = 0; i < 10; i++) {
            wait = WatchPolicy.DEFAULT.nextRetry(wait);
        }
        assertThat(wait).isEqualTo(Duration.ofMinutes(5));
        assertThat(WatchPolicy.DEFAULT.nextRetry(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(10));
    }
}
