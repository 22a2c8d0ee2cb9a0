package fr.missive.app.outbox;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.accounts.ProviderPresets;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import org.junit.jupiter.api.Test;

/**
 * Per-account sending limits: the providers' defaults (how they are applied across PCs, the
 * sending slots, is tested in {@code OutboxLeasesTest} and {@code SharedOutboxLimitsTest}).
 */
@NoDatabase
class SendingLimitsTest {

    @Test
    void gmailAndMicrosoftServersGetTheirProvidersLimitsAndOthersNone() {
        ProviderLimits limits = new ProviderLimits(new ProviderPresets());

        assertThat(limits.forServer(SmtpSettings.of("smtp.gmail.com", 587, Security.STARTTLS)))
                .isEqualTo(new SendingLimits(30, 500));
        assertThat(limits.forServer(SmtpSettings.of("smtp.office365.com", 587, Security.STARTTLS)))
                .isEqualTo(new SendingLimits(30, 10_000));
        assertThat(limits.forServer(SmtpSettings.of("relais.college-test.fr", 25, Security.NONE)))
                .isEqualTo(SendingLimits.NONE);
    }

    @Test
    void aGoogleWorkspaceAccountMaySendTwoThousandADayAndAPersonalGmailAccountFiveHundred() {
        ProviderLimits limits = new ProviderLimits(new ProviderPresets());
        SmtpSettings gmail = SmtpSettings.of("smtp.gmail.com", 587, Security.STARTTLS);

        assertThat(limits.forServer(gmail.withPassword("secretariat@college-jean-moulin.fr")))
                .isEqualTo(new SendingLimits(30, 2_000));
        assertThat(limits.forServer(gmail.withPassword("Secretariat@College-Jean-Moulin.FR").withOAuth2()))
                .isEqualTo(new SendingLimits(30, 2_000));
        assertThat(limits.forServer(gmail.withPassword("college.jean.moulin@gmail.com")))
                .isEqualTo(new SendingLimits(30, 500));
        assertThat(limits.forServer(gmail.withPassword("college.jean.moulin@GoogleMail.com")))
                .isEqualTo(new SendingLimits(30, 500));
        // No address to tell them apart: the lower figure, which never gets an account blocked.
        assertThat(limits.forServer(gmail.withPassword("secretariat"))).isEqualTo(new SendingLimits(30, 500));
        // Another provider's server keeps its own limits whatever the domain of the sign-in.
        assertThat(limits.forServer(SmtpSettings.of("smtp-mail.outlook.com", 587, Security.STARTTLS)
                .withPassword("secretariat@college-jean-moulin.fr"))).isEqualTo(new SendingLimits(30, 300));
    }

    @Test
    void theMessageSizeLimitIsTheProvidersElseTwentyMegabytes() {
        ProviderLimits limits = new ProviderLimits(new ProviderPresets());

        assertThat(limits.messageSize(SmtpSettings.of("smtp.gmail.com", 587, Security.STARTTLS)))
                .isEqualTo(25L * 1024 * 1024);
        assertThat(limits.messageSize(SmtpSettings.of("smtp.office365.com", 587, Security.STARTTLS)))
                .isEqualTo(35L * 1024 * 1024);
        assertThat(limits.messageSize(SmtpSettings.of("relais.college-test.fr", 25, Security.NONE)))
                .isEqualTo(ProviderLimits.DEFAULT_MESSAGE_SIZE).isEqualTo(20L * 1024 * 1024);
    }
}
