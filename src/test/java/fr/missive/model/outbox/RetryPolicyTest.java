package fr.missive.model.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theDefaultWaitsAMinuteThenDoublesUpToAnHour() {
        RetryPolicy p = RetryPolicy.DEFAULT;

        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(p.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(p.delayAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givesUpThreeDaysAfterTheMessageWasQueued() {
        Instant queued = Instant.parse("2026-11-27T17:00:00Z");

        assertThat(RetryPolicy.DEFAULT.givesUp(queued, queued.plus(Duration.ofDays(3)).minusSeconds(1))).isFalse();
        assertThat(RetryPolicy.DEFAULT.givesUp(queued, queued.plus(Duration.ofDays(3)))).isTrue();
    }

    @Test
    void refusesACapBelowTheFirstDelay() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
