package fr.missive.mail;

import static fr.missive.mail.Mails.failure;
import static fr.missive.mail.Mails.testMessage;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.mail.SuggestedFix;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exact replies of real providers, and silences, from a scripted server on loopback. */
class ScriptedServerDiagnosisTest {

    private static final Duration SHORT = Duration.ofSeconds(1);

    private ScriptedSmtpServer server;

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private ScriptedSmtpServer start(ScriptedSmtpServer configured) {
        server = configured.start();
        return server;
    }

    private SmtpSettings plain() {
        return SmtpSettings.of("127.0.0.1", server.port(), Security.NONE);
    }

    /** Password over a plain connection, allowed by the administrator: the scripted server has no TLS. */
    private SmtpSettings plainWithPasswordAllowed() {
        return plain().withPassword("secretariat@college-test.fr").withPlainPasswordAllowed(true);
    }

    private static Diagnosis send(SmtpSettings settings) {
        return failure(new SmtpMailTransport(SHORT, null, null).attempt(settings, null, testMessage()).run());
    }

    private static Diagnosis sendWithPassword(SmtpSettings settings) {
        return failure(new SmtpMailTransport(SHORT, null, "PLAIN")
                .attempt(settings, Password.of("mot-de-passe"), testMessage()).run());
    }

    @Test
    void serverThatAcceptsAndNeverAnswersIsReadTimeout() throws IOException {
        start(new ScriptedSmtpServer().silent());

        Diagnosis d = send(plain());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.READ_TIMEOUT);
        assertThat(d.message().key()).isEqualTo("diagnosis.READ_TIMEOUT");
        assertThat(d.fix(SuggestedFix.Kind.RAISE_TIMEOUT).orElseThrow().settings().timeout())
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void serverSilentAfterMailFromIsReadTimeout() throws IOException {
        start(new ScriptedSmtpServer().on("MAIL", null));

        assertThat(send(plain()).kind()).isEqualTo(DiagnosisKind.READ_TIMEOUT);
    }

    @Test
    void serverSilentAfterTheMessageIsDataTimeout() throws IOException {
        start(new ScriptedSmtpServer().afterData(null));

        Diagnosis d = send(plain());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.DATA_TIMEOUT);
        assertThat(d.fix(SuggestedFix.Kind.RAISE_TIMEOUT)).isPresent();
    }

    @Test
    void closedPortIsConnectionRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Diagnosis d = failure(new SmtpMailTransport().attempt(
                SmtpSettings.of("127.0.0.1", closedPort, Security.STARTTLS), null, testMessage()).run());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.CONNECTION_REFUSED);
        assertThat(d.message().args()).containsExactly("127.0.0.1", String.valueOf(closedPort), 30L, "");
    }

    @Test
    void startTlsRequiredButNotOfferedStopsBeforeAnythingIsSent() throws IOException {
        start(new ScriptedSmtpServer());

        Diagnosis d = send(SmtpSettings.of("127.0.0.1", server.port(), Security.STARTTLS));

        assertThat(d.kind()).isEqualTo(DiagnosisKind.STARTTLS_NOT_OFFERED);
        assertThat(d.fix(SuggestedFix.Kind.USE_TLS).orElseThrow().settings().port()).isEqualTo(465);
        assertThat(server.commands()).noneMatch(c -> c.startsWith("MAIL") || c.startsWith("AUTH"));
    }

    @Test
    void passwordOverPlainConnectionIsRefusedBeforeAnyAuth() throws IOException {
        start(new ScriptedSmtpServer().ehlo("250-scripted.test\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN"));

        Diagnosis d = sendWithPassword(plain().withPassword("secretariat@college-test.fr"));

        assertThat(d.kind()).isEqualTo(DiagnosisKind.PASSWORD_OVER_PLAIN_REFUSED);
        assertThat(server.commands()).anyMatch(c -> c.startsWith("EHLO"))
                .noneMatch(c -> c.toUpperCase(Locale.ROOT).startsWith("AUTH") || c.startsWith("MAIL"));
        SuggestedFix fix = d.fixes().get(0);
        assertThat(fix.kind()).isEqualTo(SuggestedFix.Kind.USE_STARTTLS);
        assertThat(fix.settings().port()).isEqualTo(server.port());
    }

    @Test
    void microsoftBasicAuthDisabledIsBasicAuthDisabled() throws IOException {
        start(new ScriptedSmtpServer().on("AUTH",
                "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PAR.prod.outlook.com]"));

        Diagnosis d = sendWithPassword(plainWithPasswordAllowed());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.BASIC_AUTH_DISABLED);
        assertThat(d.reply().enhanced()).isEqualTo("5.7.139");
        SmtpSettings proposed = d.fix(SuggestedFix.Kind.USE_OAUTH2).orElseThrow().settings();
        assertThat(proposed.auth()).isEqualTo(fr.missive.model.mail.AuthMethod.OAUTH2);
        assertThat(proposed.user()).isEqualTo("secretariat@college-test.fr");
        assertThat(proposed.allowPlainPassword()).isFalse();
    }

    @Test
    void clientSubmissionBasicAuthNotSupportedIsBasicAuthDisabled() throws IOException {
        start(new ScriptedSmtpServer().on("AUTH",
                "550 5.7.30 Basic authentication is not supported for Client Submission."));

        assertThat(sendWithPassword(plainWithPasswordAllowed()).kind()).isEqualTo(DiagnosisKind.BASIC_AUTH_DISABLED);
    }

    @Test
    void serverWithoutAuthIsAuthNotOfferedAndNothingIsSent() throws IOException {
        start(new ScriptedSmtpServer().ehlo("250-scripted.test\r\n250 8BITMIME"));

        Diagnosis d = sendWithPassword(plainWithPasswordAllowed());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.AUTH_NOT_OFFERED);
        assertThat(d.fix(SuggestedFix.Kind.NO_AUTHENTICATION)).isPresent();
        assertThat(server.commands()).noneMatch(c -> c.startsWith("MAIL"));
    }

    @Test
    void onlyMechanismsMissiveDoesNotUseIsAuthNotOffered() throws IOException {
        start(new ScriptedSmtpServer().ehlo("250-scripted.test\r\n250 AUTH GSSAPI"));

        Diagnosis d = sendWithPassword(plainWithPasswordAllowed());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.AUTH_NOT_OFFERED);
        assertThat(server.commands()).noneMatch(c -> c.startsWith("AUTH") || c.startsWith("MAIL"));
    }

    @Test
    void serverSilentDuringSignInIsReadTimeoutNotARefusedPassword() throws IOException {
        start(new ScriptedSmtpServer().on("AUTH", null));

        assertThat(sendWithPassword(plainWithPasswordAllowed()).kind()).isEqualTo(DiagnosisKind.READ_TIMEOUT);
    }

    @Test
    void sendAsDeniedAfterTheMessageIsSenderRefused() throws IOException {
        start(new ScriptedSmtpServer().afterData(
                "550 5.7.60 SMTP; Client does not have permissions to send as this sender"));

        Diagnosis d = send(plain());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.SENDER_REFUSED);
        assertThat(d.detail()).isEqualTo(Mails.FROM);
        assertThat(d.reply().enhanced()).isEqualTo("5.7.60");
    }

    @Test
    void sizeLimitIsMessageTooLarge() throws IOException {
        start(new ScriptedSmtpServer().afterData("552 5.3.4 Message size exceeds fixed maximum message size"));

        assertThat(send(plain()).kind()).isEqualTo(DiagnosisKind.MESSAGE_TOO_LARGE);
    }

    @Test
    void authenticationRequiredAtMailFromIsAuthRequired() throws IOException {
        start(new ScriptedSmtpServer().on("MAIL", "530 5.7.0 Authentication required"));

        assertThat(send(plain()).kind()).isEqualTo(DiagnosisKind.AUTH_REQUIRED);
    }

    @Test
    void unknownReplyIsOtherWithTheServersWordsVerbatim() throws IOException {
        String reply = "451 4.3.0 Mail server temporarily rejected message (greylisting)";
        start(new ScriptedSmtpServer().on("MAIL", reply));

        Diagnosis d = send(plain());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.OTHER);
        assertThat(d.reply().text()).isEqualTo(reply);
        assertThat(d.message().args().get(3)).isEqualTo(reply);
    }

    /** A command-line test must be able to exit: no attempt may leave a non-daemon thread behind. */
    @Test
    void aRefusedAttemptLeavesNoThreadThatKeepsTheJvmAlive() throws Exception {
        start(new ScriptedSmtpServer().on("MAIL", "550 5.7.1 Sender address rejected"));
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        Diagnosis d = send(plain());

        assertThat(d.kind()).isEqualTo(DiagnosisKind.SENDER_REFUSED);
        Set<Thread> started = new HashSet<>(Thread.getAllStackTraces().keySet());
        started.removeAll(before);
        assertThat(started).filteredOn(t -> t.isAlive() && !t.isDaemon()).isEmpty();
    }

    @Test
    void cancelClosesTheConnectionAndEndsTheAttempt() throws Exception {
        start(new ScriptedSmtpServer().silent());
        SendAttempt attempt = new SmtpMailTransport().attempt(plain(), null, testMessage());
        CompletableFuture<SendResult> running = CompletableFuture.supplyAsync(attempt::run);
        assertThat(server.awaitConnection()).isTrue();

        attempt.cancel();

        SendResult result = running.get(10, TimeUnit.SECONDS);
        assertThat(failure(result).kind()).isEqualTo(DiagnosisKind.CANCELLED);
        assertThat(server.awaitDisconnection()).as("the socket was closed").isTrue();
    }
}
