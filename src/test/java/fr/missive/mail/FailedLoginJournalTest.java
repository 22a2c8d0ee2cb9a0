package fr.missive.mail;

import static fr.missive.mail.Mails.failure;
import static fr.missive.mail.Mails.testMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.store.journal.JournalSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sign-in refused by a real SMTP server (GreenMail) goes to the journal with the server's reply,
 * and the password typed never does: not in clear, not as the base64 that AUTH PLAIN and LOGIN
 * send, even with every logger, the mail library's included, raised to ALL for a support session.
 */
class FailedLoginJournalTest {

    private static final String LOGIN = "secretariat";
    private static final String WRONG_PASSWORD = "Mauvais-Secret-2026";
    /** Held: the log manager forgets the level of a logger nobody references. */
    private static final List<Logger> RAISED = List.of(Logger.getLogger("org.eclipse.angus.mail"),
            Logger.getLogger("jakarta.mail"), Logger.getLogger("fr.missive"));

    @TempDir
    Path dataFolder;

    private GreenMail greenMail;
    private Handler journal;

    @BeforeEach
    void serverAndJournalAtEveryLevel() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(Mails.FROM, LOGIN, "Le-Bon-Secret-2026");
        journal = JournalSetup.install(dataFolder, Level.ALL, 1024 * 1024, 3);
        RAISED.forEach(logger -> logger.setLevel(Level.ALL));
    }

    @AfterEach
    void stop() {
        RAISED.forEach(logger -> logger.setLevel(null));
        JournalSetup.remove(journal);
        greenMail.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLAIN", "LOGIN"})
    void theJournalHasTheRefusalButNeverThePassword(String mechanism) throws Exception {
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", greenMail.getSmtp().getPort(), Security.NONE)
                .withPassword(LOGIN).withPlainPasswordAllowed(true);

        var diagnosis = failure(new SmtpMailTransport(null, null, mechanism)
                .attempt(settings, Password.of(WRONG_PASSWORD), testMessage()).run());
        JournalSetup.remove(journal);
        journal = null;

        assertThat(diagnosis.kind()).isEqualTo(DiagnosisKind.AUTH_REFUSED);
        String written = Files.readString(dataFolder.resolve("missive.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("AUTH_REFUSED").contains("535");
        Base64.Encoder base64 = Base64.getEncoder();
        assertThat(written).doesNotContain(WRONG_PASSWORD)
                .doesNotContain(base64.encodeToString(WRONG_PASSWORD.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(base64.encodeToString(("\0" + LOGIN + "\0" + WRONG_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
