package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.mail.Security;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The detection probe against GreenMail's SMTP and SMTPS on loopback. */
class SocketServerProbeTest {

    private GreenMail greenMail;
    private final SocketServerProbe probe = new SocketServerProbe();

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)});
        greenMail.start();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void aPlainPortAnswersInClearAndNotInTls() {
        int port = greenMail.getSmtp().getPort();
        assertThat(probe.answers("127.0.0.1", port, Security.STARTTLS, 2_000)).isTrue();
        assertThat(probe.answers("127.0.0.1", port, Security.TLS, 2_000)).isFalse();
    }

    @Test
    void aTlsPortAnswersInTlsAndNotInClear() {
        int port = greenMail.getSmtps().getPort();
        assertThat(probe.answers("127.0.0.1", port, Security.TLS, 2_000)).isTrue();
        assertThat(probe.answers("127.0.0.1", port, Security.STARTTLS, 2_000)).isFalse();
    }

    @Test
    void aClosedPortDoesNotAnswer() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(probe.answers("127.0.0.1", closed, Security.STARTTLS, 2_000)).isFalse();
    }
}
