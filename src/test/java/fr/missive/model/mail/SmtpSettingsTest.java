package fr.missive.model.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static MailInputException refusal(Runnable r) {
        try {
            r.run();
        } catch (MailInputException e) {
            return e;
        }
        throw new AssertionError("expected the settings to be refused");
    }

    @Test
    void defaultsToThirtySecondsNoSignInAndUsualChecks() {
        SmtpSettings s = SmtpSettings.of(" SMTP.Example.FR ", 587, Security.STARTTLS);

        assertThat(s.host()).isEqualTo("smtp.example.fr");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.auth()).isEqualTo(AuthMethod.NONE);
        assertThat(s.allowPlainPassword()).isFalse();
        assertThat(s.pinnedCertificate()).isNull();
    }

    @Test
    void acceptsAnInternationalisedHostAndConnectsInPunycode() {
        SmtpSettings s = SmtpSettings.of("smtp.collège-test.fr", 465, Security.TLS);

        assertThat(s.host()).isEqualTo("smtp.collège-test.fr");
        assertThat(s.asciiHost()).isEqualTo("smtp.xn--collge-test-19a.fr");
    }

    @Test
    void acceptsIpAddressesAndSingleLabelHosts() {
        assertThat(SmtpSettings.of("127.0.0.1", 25, Security.NONE).asciiHost()).isEqualTo("127.0.0.1");
        assertThat(SmtpSettings.of("[::1]", 25, Security.NONE).asciiHost()).isEqualTo("::1");
        assertThat(SmtpSettings.of("relais", 25, Security.NONE).host()).isEqualTo("relais");
    }

    @Test
    void refusesHostWithSpaceOrBadIpAndEmptyHost() {
        assertThat(refusal(() -> SmtpSettings.of("smtp example.fr", 587, Security.STARTTLS)).problems())
                .extracting(MailInputProblem::field, MailInputProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("host", MailInputProblem.Kind.HOST_INVALID));
        assertThat(refusal(() -> SmtpSettings.of("10.0.0.300", 587, Security.STARTTLS)).problems().get(0).kind())
                .isEqualTo(MailInputProblem.Kind.HOST_INVALID);
        assertThat(refusal(() -> SmtpSettings.of("  ", 587, Security.STARTTLS)).problems().get(0).kind())
                .isEqualTo(MailInputProblem.Kind.HOST_REQUIRED);
        assertThat(refusal(() -> SmtpSettings.of("smtp_relay.fr", 587, Security.STARTTLS)).problems().get(0).kind())
                .isEqualTo(MailInputProblem.Kind.HOST_INVALID);
    }

    @Test
    void refusesPortOutsideOneTo65535() {
        assertThat(refusal(() -> SmtpSettings.of("smtp.example.fr", 0, Security.TLS)).problems().get(0).kind())
                .isEqualTo(MailInputProblem.Kind.PORT_OUT_OF_RANGE);
        assertThat(refusal(() -> SmtpSettings.of("smtp.example.fr", 65536, Security.TLS)).problems().get(0).field())
                .isEqualTo("port");
        assertThat(SmtpSettings.of("smtp.example.fr", 65535, Security.TLS).port()).isEqualTo(65535);
    }

    @Test
    void refusesTimeoutOutsideFiveTo120Seconds() {
        SmtpSettings s = SmtpSettings.of("smtp.example.fr", 587, Security.STARTTLS);

        assertThat(s.withTimeout(Duration.ofSeconds(5)).timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.withTimeout(Duration.ofSeconds(120)).timeout()).isEqualTo(Duration.ofSeconds(120));
        MailInputException tooShort = refusal(() -> s.withTimeout(Duration.ofSeconds(4)));
        assertThat(tooShort.problems().get(0).kind()).isEqualTo(MailInputProblem.Kind.TIMEOUT_OUT_OF_RANGE);
        assertThat(tooShort.userMessage().key()).isEqualTo("mail.problem.TIMEOUT_OUT_OF_RANGE");
        assertThat(tooShort.userMessage().args()).containsExactly(5L, 120L);
        assertThat(refusal(() -> s.withTimeout(Duration.ofSeconds(121))).problems()).hasSize(1);
    }

    @Test
    void passwordSignInNeedsAUserWithoutLineBreak() {
        SmtpSettings s = SmtpSettings.of("smtp.example.fr", 587, Security.STARTTLS);

        assertThat(refusal(() -> s.withPassword(" ")).problems().get(0).kind())
                .isEqualTo(MailInputProblem.Kind.USER_REQUIRED);
        assertThat(refusal(() -> s.withPassword("claire\r\nRCPT TO:<x@evil.test>")).problems().get(0).kind())
                .isEqualTo(MailInputProblem.Kind.FORBIDDEN_CHARACTER);
        assertThat(s.withPassword("claire@example.fr").user()).isEqualTo("claire@example.fr");
    }

    @Test
    void reportsEveryFieldAtFaultAtOnce() {
        MailInputException e = refusal(() -> new SmtpSettings("", 0, Security.TLS, AuthMethod.PASSWORD, null,
                Duration.ofSeconds(1), false, null));

        assertThat(e.problems()).extracting(MailInputProblem::field)
                .containsExactly("host", "port", "user", "timeout");
    }

    @Test
    void plainTextMessageRefusesLineBreaksInHeaders() {
        var from = fr.missive.model.EmailAddress.parse("a@example.fr");
        assertThatThrownBy(() -> new PlainTextMessage(from, null, from, "Objet\r\nBcc: x@evil.test", "corps"))
                .isInstanceOf(MailInputException.class)
                .extracting(e -> ((MailInputException) e).problems().get(0).field()).isEqualTo("subject");
        assertThatThrownBy(() -> new PlainTextMessage(from, "Nom\nX-Evil: 1", from, "Objet", "corps"))
                .isInstanceOf(MailInputException.class);
        assertThat(new PlainTextMessage(from, null, from, "Objet", "ligne 1\r\nligne 2").body()).contains("\r\n");
    }
}
