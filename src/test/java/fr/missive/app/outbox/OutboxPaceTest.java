package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.i18n.Messages;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Security;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox's pace over a real database: what waits per account and when it should be gone, and
 * the warning before a mailing that takes more than an hour or more than the account may still
 * send today. The provider's limits are set for the loopback server and the clock is fixed.
 */
class OutboxPaceTest {

    /** 14:30 in Paris. */
    private static final Instant NOW = Instant.parse("2026-12-07T13:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    private OutboxFixture outbox(SendingLimits limits) {
        return new OutboxFixture(folder, new SmtpDraft("127.0.0.1", 2525, Security.NONE, null, null, null, false, null),
                OutboxFixture.QUICK, new ProviderLimits(new ProviderPresets(), Map.of("127.0.0.1", limits)), CLOCK);
    }

    @Test
    void nothingWaitingShowsNoAccountAndAServerWithoutLimitsIsNeverWarnedAbout() {
        try (OutboxFixture f = outbox(SendingLimits.NONE)) {
            assertThat(f.outbox.pace().waiting(f.admin)).isEmpty();

            f.queue(3);

            List<AccountPace> paces = f.outbox.pace().waiting(f.admin);
            assertThat(paces).singleElement().satisfies(p -> {
                assertThat(p.waiting()).isEqualTo(3);
                assertThat(p.limited()).isFalse();
                assertThat(p.finishesAt()).isEmpty();
            });
            assertThat(f.outbox.pace().warnings(f.admin, OutboxFixture.ACCOUNT, 100_000)).isEmpty();
        }
    }

    @Test
    void threeHundredTwelveWaitingAtThirtyAMinuteFinishTenMinutesLater() {
        try (OutboxFixture f = outbox(new SendingLimits(30, 10_000))) {
            f.queue(312);

            AccountPace pace = f.outbox.pace().waiting(f.admin).get(0);

            assertThat(pace.accountName()).isEqualTo(OutboxFixture.ACCOUNT);
            assertThat(pace.waiting()).isEqualTo(312);
            assertThat(pace.finishesAt()).contains(NOW.plus(Duration.ofMinutes(10)));
            assertThat(Messages.forLocale(Locale.FRENCH).get(PaceText.finish(pace.finishesAt().get(), NOW,
                    CLOCK.getZone()))).isEqualTo("fin prévue vers 14\u00a0h\u00a040");
        }
    }

    @Test
    void aMailingThatTakesMoreThanAnHourBehindWhatWaitsIsWarnedAbout() {
        try (OutboxFixture f = outbox(new SendingLimits(2, 0))) {
            // Alone, 121 take an hour exactly (the first two at once): no word.
            assertThat(f.outbox.pace().warnings(f.admin, OutboxFixture.ACCOUNT, 121)).isEmpty();
            assertThat(f.outbox.pace().warnings(f.admin, OutboxFixture.ACCOUNT, 123)).singleElement()
                    .extracting(UserMessage::key).isEqualTo("mailing.warning.slow");

            f.queue(5);

            List<UserMessage> warnings = f.outbox.pace().warnings(f.admin, OutboxFixture.ACCOUNT, 118);
            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.key()).isEqualTo("mailing.warning.slow");
                assertThat(w.args()).containsExactly(118, 5, 2, 1L, 1);
            });
            assertThat(Messages.forLocale(Locale.ENGLISH).get(warnings.get(0))).startsWith(
                    "At the pace this account’s provider allows (2 messages a minute), these 118 e-mails and the 5"
                            + " already waiting will take about 1 h 01 min to leave.");
            assertThat(f.outbox.pace().warnings(f.admin, OutboxFixture.ACCOUNT, 116)).isEmpty();
        }
    }

    @Test
    void aMailingOverWhatTheAccountMayStillSendTodayIsWarnedAboutCountingWhatWasSent() {
        try (OutboxFixture f = outbox(new SendingLimits(30, 100))) {
            List<Long> sent = f.queue(60);
            for (Long id : sent) {
                f.store.markSent(id, NOW.minus(Duration.ofHours(2)), "250 OK", List.of());
            }
            // Sent more than a day ago: no longer counted.
            Long old = f.queue(1).get(0);
            f.store.markSent(old, NOW.minus(Duration.ofHours(25)), "250 OK", List.of());

            assertThat(f.outbox.pace().warnings(f.admin, OutboxFixture.ACCOUNT, 40)).isEmpty();

            List<UserMessage> warnings = f.outbox.pace().warnings(f.admin, OutboxFixture.ACCOUNT, 41);
            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.key()).isEqualTo("mailing.warning.dailyLimit");
                assertThat(w.args()).containsExactly(41, 0, 40, 100, 1L);
            });
            assertThat(Messages.forLocale(Locale.FRENCH).get(warnings.get(0))).startsWith(
                    "Ce compte peut encore envoyer 40 messages aujourd’hui (son fournisseur en accepte 100 par jour)"
                            + "\u00a0: ces 41 e-mails ne partiront pas tous avant demain");

            AccountPace nothingWaits = f.outbox.pace().waiting(f.admin).stream().findFirst().orElse(null);
            assertThat(nothingWaits).isNull();
        }
    }
}
