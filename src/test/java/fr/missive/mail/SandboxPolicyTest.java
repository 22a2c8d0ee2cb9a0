package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.mail.oauth.TokenEndpoint;
import fr.missive.model.mail.DeliveryOutcome;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sandbox's transport and IMAP copier reach only the catcher's ports on 127.0.0.1: a real
 * server listening elsewhere — here a second GreenMail on loopback — receives nothing.
 */
class SandboxPolicyTest {

    private GreenMail catcher;
    private GreenMail elsewhere;
    private MailServerPolicy policy;

    @BeforeEach
    void startServers() {
        catcher = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        elsewhere = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        catcher.start();
        elsewhere.start();
        policy = MailServerPolicy.onlyLoopback(Set.of(catcher.getSmtp().getPort()));
    }

    @AfterEach
    void stopServers() {
        catcher.stop();
        elsewhere.stop();
    }

    @Test
    void sendsToTheCatcher() {
        SmtpMailTransport transport = new SmtpMailTransport(policy);
        Mails.sent(transport.attempt(SmtpSettings.of("127.0.0.1", catcher.getSmtp().getPort(), Security.NONE), null,
                Mails.testMessage()).run());
        assertThat(catcher.getReceivedMessages()).hasSize(1);
    }

    @Test
    void refusesAnotherPortOnLoopbackWithoutConnecting() {
        SmtpMailTransport transport = new SmtpMailTransport(policy);
        SmtpSettings other = SmtpSettings.of("127.0.0.1", elsewhere.getSmtp().getPort(), Security.NONE);
        assertThat(Mails.failure(transport.attempt(other, null, Mails.testMessage()).run()).kind())
                .isEqualTo(DiagnosisKind.OUTSIDE_SANDBOX);
        try (MailConnection connection = transport.connect(other, null)) {
            DeliveryOutcome outcome = connection.deliver(Mails.FROM, List.of(Mails.TO),
                    "Subject: x\r\n\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Refused.class,
                    refused -> assertThat(refused.diagnosis().kind()).isEqualTo(DiagnosisKind.OUTSIDE_SANDBOX));
        }
        assertThat(elsewhere.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesARealServerAndAHostNameForLoopback() {
        SmtpMailTransport transport = new SmtpMailTransport(policy);
        int port = catcher.getSmtp().getPort();
        for (String host : List.of("smtp.gmail.com", "localhost", "127.0.0.2", "::1")) {
            assertThat(Mails.failure(transport.attempt(SmtpSettings.of(host, port, Security.STARTTLS), null,
                    Mails.testMessage()).run()).kind()).as(host).isEqualTo(DiagnosisKind.OUTSIDE_SANDBOX);
        }
        assertThat(catcher.getReceivedMessages()).isEmpty();
    }

    @Test
    void imapCopiesGoNowhereButTheCatcher() {
        ImapSentCopier copier = new ImapSentCopier(policy);
        SentCopyResult result = copier.append(new ImapSettings("127.0.0.1", elsewhere.getImap().getPort(),
                Security.NONE, "a@b.fr", "Sent"), "a@b.fr", null, "Subject: x\r\n\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(result.outcome()).isEqualTo(SentCopyResult.Outcome.REFUSED);
    }

    @Test
    void noOAuthTokenIsAskedOfARealProvider() {
        TokenEndpoint endpoint = new TokenEndpoint(Clock.systemUTC(), policy);
        OAuthClientConfig client = OAuthClientConfig.of(OAuthProvider.MICROSOFT, "client-id", "common");
        assertThatThrownBy(() -> endpoint.refresh(client, null, Password.of("refresh-token")))
                .isInstanceOf(IOException.class).hasMessageContaining("sandbox");
    }

    @Test
    void realFoldersPolicyAllowsAnyServer() {
        MailServerPolicy any = MailServerPolicy.anyServer();
        assertThat(any.restricted()).isFalse();
        assertThat(any.allows("smtp.gmail.com", 587)).isTrue();
        assertThat(policy.restricted()).isTrue();
        assertThat(policy.allows("127.0.0.1", catcher.getSmtp().getPort())).isTrue();
    }
}
