package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.app.ValidationException;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.Security;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test of the sending of e-mail and save-only-after-success, against GreenMail on loopback. */
class TestSendingTest {

    @TempDir
    Path folder;

    private AccountsFixture f;
    private GreenMailServer server;

    @BeforeEach
    void open() {
        f = new AccountsFixture(folder);
        server = new GreenMailServer();
    }

    @AfterEach
    void close() {
        server.close();
        f.close();
    }

    private AccountDraft ownServer(String password) {
        return new AccountDraft(AccountKind.INSTITUTION, "Secrétariat", GreenMailServer.ADDRESS, SettingsSource.OWN,
                null, server.draft(password), null, false, List.of("Paul Durand"), null);
    }

    @Test
    void testThenSaveSavesTheAccountOnceTheServerAcceptedTheTestMessage() throws Exception {
        AccountService.SaveAfterTest test = f.accounts.testThenSave(f.admin, ownServer(GreenMailServer.PASSWORD),
                "claire@college-test.fr", f.messages);

        SendResult result = test.run();

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        assertThat(test.saved()).map(Account::name).contains("Secrétariat");
        MimeMessage[] received = server.greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Missive: test of the sending of e-mail");
        assertThat(((InternetAddress) received[0].getFrom()[0]).getAddress()).isEqualTo(GreenMailServer.ADDRESS);
    }

    @Test
    void aWrongPasswordSavesNothingAndSaysTheServerRefusedIt() {
        AccountService.SaveAfterTest test = f.accounts.testThenSave(f.admin, ownServer("wrong"), null, f.messages);

        SendResult result = test.run();

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.diagnosis().kind()).isEqualTo(DiagnosisKind.AUTH_REFUSED));
        assertThat(test.saved()).isEmpty();
        assertThat(f.accounts.list(f.admin)).isEmpty();
    }

    @Test
    void saveAnywayStoresWithoutSendingAndTheTestLaterUsesTheStoredPassword() {
        f.accounts.saveAnyway(f.admin, ownServer(GreenMailServer.PASSWORD));
        assertThat(server.greenMail.getReceivedMessages()).isEmpty();

        SendResult result = f.testSending.start(f.paul, "Secrétariat", null, f.messages).run();

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        assertThat(server.greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theTestFromAnUnauthorisedAddressCarriesTheWorkstationSenderAndReplyToTheUser() throws Exception {
        f.workstation.set(f.admin, new WorkstationDraft(null, server.draft(GreenMailServer.PASSWORD),
                "Collège Jean Moulin", GreenMailServer.ADDRESS, List.of("college-test.fr")));
        f.accounts.saveAnyway(f.paul, new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@gmail.com", null, null,
                null, null, false, List.of(), null));

        SendResult result = f.testSending.start(f.paul, "Paul", "claire@college-test.fr", f.messages).run();

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        MimeMessage received = server.greenMail.getReceivedMessages()[0];
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(GreenMailServer.ADDRESS);
        assertThat(from.getPersonal()).isEqualTo("Collège Jean Moulin");
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("paul@gmail.com");
    }

    @Test
    void aTestCancelledBeforeItRunsEndsCancelled() {
        f.accounts.saveAnyway(f.admin, ownServer(GreenMailServer.PASSWORD));
        TestRun run = f.testSending.start(f.admin, "Secrétariat", null, f.messages);

        run.cancel();

        assertThat(run.run()).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.diagnosis().kind()).isEqualTo(DiagnosisKind.CANCELLED));
        assertThat(server.greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aPasswordOverAnUnencryptedConnectionIsRefusedWithoutTheAdministratorsException() {
        SmtpDraft noException = new SmtpDraft("127.0.0.1", server.port(), Security.NONE, GreenMailServer.LOGIN,
                GreenMailServer.PASSWORD.toCharArray(), null, false);
        AccountService.SaveAfterTest test = f.accounts.testThenSave(f.admin, new AccountDraft(AccountKind.PERSONAL,
                "Claire", "claire@college-test.fr", SettingsSource.OWN, null, noException, null, false, List.of(),
                null), null, f.messages);

        assertThat(test.run()).isInstanceOfSatisfying(SendResult.Failed.class, failed ->
                assertThat(failed.diagnosis().kind()).isEqualTo(DiagnosisKind.PASSWORD_OVER_PLAIN_REFUSED));
        assertThat(test.saved()).isEmpty();
    }

    @Test
    void anUntrustedCertificateShowsItsFingerprintWhichOnlyAnAdministratorMayPin() {
        AccountDraft unpinned = new AccountDraft(AccountKind.PERSONAL, "Claire", GreenMailServer.ADDRESS,
                SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", server.smtpsPort(), Security.TLS,
                GreenMailServer.LOGIN, GreenMailServer.PASSWORD.toCharArray(), null, false), null, false, List.of(),
                null);
        SendResult untrusted = f.accounts.testThenSave(f.admin, unpinned, null, f.messages).run();
        Diagnosis diagnosis = ((SendResult.Failed) untrusted).diagnosis();
        assertThat(diagnosis.kind()).isEqualTo(DiagnosisKind.CERTIFICATE_UNTRUSTED);
        String fingerprint = diagnosis.fingerprint().orElseThrow().hex();

        AccountDraft pinnedByStaff = new AccountDraft(AccountKind.PERSONAL, "Paul", GreenMailServer.ADDRESS,
                SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", server.smtpsPort(), Security.TLS,
                GreenMailServer.LOGIN, GreenMailServer.PASSWORD.toCharArray(), null, false, fingerprint), null, false,
                List.of(), null);
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, pinnedByStaff))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("pinnedCertificate")).isPresent());

        AccountDraft pinned = new AccountDraft(AccountKind.PERSONAL, "Claire", GreenMailServer.ADDRESS,
                SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", server.smtpsPort(), Security.TLS,
                GreenMailServer.LOGIN, GreenMailServer.PASSWORD.toCharArray(), null, false, fingerprint), null, false,
                List.of(), null);
        AccountService.SaveAfterTest test = f.accounts.testThenSave(f.admin, pinned, null, f.messages);
        assertThat(test.run()).isInstanceOf(SendResult.Sent.class);
        assertThat(test.saved().orElseThrow().smtp().pinnedCertificate().hex()).isEqualTo(fingerprint);
        assertThat(f.accounts.require(f.admin, "Claire").smtp().pinnedCertificate().hex()).isEqualTo(fingerprint);
    }
}
