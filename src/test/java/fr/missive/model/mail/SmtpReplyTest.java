package fr.missive.model.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmtpReplyTest {

    @Test
    void readsCodeAndEnhancedStatusOfAMultiLineReply() {
        SmtpReply r = SmtpReply.parse("535-5.7.139 Authentication unsuccessful, basic authentication is disabled.\n"
                + "535 5.7.139 [Hostname=PAR.prod.outlook.com]\n");

        assertThat(r.code()).isEqualTo(535);
        assertThat(r.enhanced()).isEqualTo("5.7.139");
        assertThat(r.text()).startsWith("535-5.7.139").endsWith("outlook.com]");
        assertThat(r.isPermanentFailure()).isTrue();
    }

    @Test
    void enhancedStatusIsOptional() {
        SmtpReply r = SmtpReply.parse("550 Requested action not taken");

        assertThat(r.code()).isEqualTo(550);
        assertThat(r.enhanced()).isNull();
    }

    @Test
    void textWithoutCodeHasCodeMinusOne() {
        assertThat(SmtpReply.parse("[EOF]").code()).isEqualTo(-1);
        assertThat(SmtpReply.parse(null).text()).isEmpty();
    }
}
