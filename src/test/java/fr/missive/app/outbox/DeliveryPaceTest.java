package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a queue should be gone at a provider's pace, and how that time is said. */
class DeliveryPaceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 14:30 in Paris. */
    private static final Instant NOW = Instant.parse("2026-12-07T13:30:00Z");
    private static final SendingLimits MICROSOFT_365 = new SendingLimits(30, 10_000);

    @Test
    void nothingWaitingHasNoFinish() {
        assertThat(DeliveryPace.finishes(0, MICROSOFT_365, 0, NOW)).isEmpty();
        assertThat(OutboxPace.summary(List.of())).isEqualTo(new OutboxPace.Summary(0, Optional.empty()));
    }

    @Test
    void aPerMinuteLimitAloneSendsThirtyAMinuteTheFirstThirtyAtOnce() {
        SendingLimits perMinute = new SendingLimits(30, 0);

        assertThat(DeliveryPace.finishes(30, perMinute, 0, NOW)).contains(NOW);
        assertThat(DeliveryPace.finishes(31, perMinute, 0, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(DeliveryPace.finishes(3_000, perMinute, 5_000, NOW)).contains(NOW.plus(Duration.ofMinutes(99)));
        assertThat(DeliveryPace.leftToday(perMinute, 5_000)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aServerWithoutLimitsFinishesAtOnce() {
        assertThat(DeliveryPace.finishes(3_000, SendingLimits.NONE, 0, NOW)).contains(NOW);
    }

    @Test
    void whatTheDailyLimitStillAllowsGoesTodayAndTheRestADayLater() {
        SendingLimits gmail = new SendingLimits(30, 500);

        assertThat(DeliveryPace.leftToday(gmail, 450)).isEqualTo(50);
        assertThat(DeliveryPace.finishes(50, gmail, 450, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        // 50 today, then 60 a day later: two minutes into tomorrow's window.
        assertThat(DeliveryPace.finishes(110, gmail, 450, NOW))
                .contains(NOW.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(1)));
        // Nothing left today: 1,100 take the next three days' windows (500, 500, 100).
        assertThat(DeliveryPace.finishes(1_100, gmail, 500, NOW))
                .contains(NOW.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(3)));
        assertThat(DeliveryPace.leftToday(gmail, 700)).isZero();
    }

    @Test
    void severalAccountsEndWhenTheSlowestLimitedOneDoesAndCountEveryMessage() {
        AccountPace microsoft = new AccountPace(1, "Secrétariat", 312, MICROSOFT_365, 0,
                Optional.of(NOW.plus(Duration.ofMinutes(10))));
        AccountPace gmail = new AccountPace(2, "Vie scolaire", 600, new SendingLimits(30, 500), 0,
                Optional.of(NOW.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(3))));
        AccountPace ownServer = new AccountPace(3, "Direction", 40, SendingLimits.NONE, 0, Optional.empty());

        OutboxPace.Summary summary = OutboxPace.summary(List.of(microsoft, gmail, ownServer));

        assertThat(summary.waiting()).isEqualTo(952);
        assertThat(summary.finishesAt()).contains(NOW.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(3)));
        assertThat(OutboxPace.summary(List.of(ownServer)).finishesAt()).isEmpty();
    }

    @Test
    void theFinishIsSaidAsAnHourTodayTomorrowOrADateInBothLanguages() {
        Messages fr = Messages.forLocale(Locale.FRENCH);
        Messages en = Messages.forLocale(Locale.ENGLISH);
        Instant today = NOW.plus(Duration.ofMinutes(70)); // 15:40 in Paris
        Instant tomorrow = Instant.parse("2026-12-08T08:05:00Z"); // 9:05
        Instant later = Instant.parse("2026-12-10T08:05:00Z");

        assertThat(fr.get(PaceText.finish(today, NOW, PARIS))).isEqualTo("fin prévue vers 15\u00a0h\u00a040");
        assertThat(en.get(PaceText.finish(today, NOW, PARIS))).isEqualTo("finishes around 3:40 pm");
        assertThat(fr.get(PaceText.finish(tomorrow, NOW, PARIS))).isEqualTo("fin prévue demain vers 9\u00a0h\u00a005");
        assertThat(en.get(PaceText.finish(tomorrow, NOW, PARIS))).isEqualTo("finishes tomorrow around 9:05 am");
        assertThat(fr.get(PaceText.finish(later, NOW, PARIS))).isEqualTo("fin prévue le 10 décembre 2026 vers 9\u00a0h\u00a005");
        assertThat(en.get(PaceText.finish(later, NOW, PARIS))).startsWith("finishes on December 10, 2026 around 9:05 am");
    }

    @Test
    void aFinishJustAfterMidnightIsTomorrowInTheUsersZone() {
        Instant lateEvening = Instant.parse("2026-12-07T22:50:00Z"); // 23:50 in Paris
        Instant finish = lateEvening.plus(Duration.ofMinutes(20)); // 0:10 the next day

        assertThat(PaceText.finish(finish, lateEvening, PARIS).key()).isEqualTo("outbox.finish.tomorrow");
        assertThat(PaceText.finish(finish, lateEvening, ZoneId.of("UTC")).key()).isEqualTo("outbox.finish.today");
    }
}
