package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.model.MissiveException;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.SendResult;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's tests of this PC's server and of a dispatching profile, as typed and not
 * saved, against GreenMail on loopback; and who uses a profile.
 */
class ServerChecksTest {

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

    @Test
    void workstationSettingsAsTypedAreTestedFromTheTypedSenderWithoutBeingSaved() throws Exception {
        WorkstationDraft typed = new WorkstationDraft(null, server.draft(GreenMailServer.PASSWORD),
                "Collège Jean Moulin", "ne-pas-repondre@college-test.fr", List.of("college-test.fr"));

        SendResult result = f.serverChecks.workstation(f.admin, typed, "claire@college-test.fr", f.messages).run();

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        MimeMessage[] received = server.greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(((InternetAddress) received[0].getFrom()[0]).getAddress()).isEqualTo("ne-pas-repondre@college-test.fr");
        assertThat(((InternetAddress) received[0].getFrom()[0]).getPersonal()).isEqualTo("Collège Jean Moulin");
        assertThat(f.workstation.get().smtp()).as("a test saves nothing").isNull();
    }

    @Test
    void aWrongWorkstationPasswordIsDiagnosedOnThePasswordField() {
        WorkstationDraft typed = new WorkstationDraft(null, server.draft("wrong"), "", "poste@college-test.fr",
                List.of());

        SendResult result = f.serverChecks.workstation(f.admin, typed, null, f.messages).run();

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.diagnosis().kind()).isEqualTo(DiagnosisKind.AUTH_REFUSED);
            assertThat(failed.diagnosis().kind().field()).contains("password");
        });
    }

    @Test
    void aSavedProfileIsTestedWithItsStoredPasswordWhenNoneIsTyped() {
        f.profiles.add(f.admin, "GreenMail", server.draft(GreenMailServer.PASSWORD));

        SendResult result = f.serverChecks.profile(f.admin, "GreenMail", server.draft(null), null, f.messages).run();

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        assertThat(server.greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aNewProfileNeedsItsPasswordAndTestsAreForAdministrators() {
        assertThatThrownBy(() -> f.serverChecks.profile(f.admin, null, server.draft(null), "x@college-test.fr",
                f.messages)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("password")).isPresent());
        assertThatThrownBy(() -> f.serverChecks.profile(f.paul, null, server.draft("x"), "x@college-test.fr",
                f.messages)).isInstanceOf(MissiveException.class);
        assertThat(server.greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aProfileInUseSaysWhichAccountsUseItAndIsNotDeleted() {
        f.profiles.add(f.admin, "Relais", server.draft(GreenMailServer.PASSWORD));
        for (String name : List.of("Vie scolaire", "Secrétariat")) {
            f.accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, name, "x@college-test.fr"
                    .replace("x", name.equals("Secrétariat") ? "secretariat" : "vie-scolaire"), SettingsSource.PROFILE,
                    "Relais", null, null, false, List.of(), null));
        }

        ProfileService.Usage usage = f.profiles.usage(f.profiles.find("Relais").orElseThrow());

        assertThat(usage.accounts()).containsExactly("Secrétariat", "Vie scolaire");
        assertThat(usage.workstation()).isFalse();
        assertThatThrownBy(() -> f.profiles.delete(f.admin, "Relais")).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(f.messages.get(e.userMessage())).contains("Secrétariat, Vie scolaire"));
        assertThat(f.profiles.find("Relais")).isPresent();
    }

    @Test
    void aProfileThatIsThisPcsServerIsNotDeletedEither() {
        f.profiles.add(f.admin, "Relais", server.draft(GreenMailServer.PASSWORD));
        f.workstation.set(f.admin, new WorkstationDraft("Relais", null, null, null, null));

        assertThatThrownBy(() -> f.profiles.delete(f.admin, "Relais")).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("accounts.profileUsedByWorkstation"));

        f.workstation.set(f.admin, new WorkstationDraft(null, server.draft(GreenMailServer.PASSWORD), null, null, null));
        f.profiles.delete(f.admin, "Relais");
        assertThat(f.profiles.list()).isEmpty();
    }
}
