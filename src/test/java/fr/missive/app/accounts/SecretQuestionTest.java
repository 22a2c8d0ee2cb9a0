package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.model.MissiveException;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.store.accounts.AccountStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret question an administrator sets on a shared account, and a staff user answering it to change the account. */
class SecretQuestionTest {

    private static final String QUESTION = "Prénom de la première directrice ?";

    @TempDir
    Path folder;

    private AccountsFixture f;

    @BeforeEach
    void open() {
        f = new AccountsFixture(folder);
        f.accounts.saveAnyway(f.admin, shared("Secrétariat", "secretariat@college.fr", true));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static AccountDraft shared(String name, String address, boolean mask) {
        return new AccountDraft(AccountKind.INSTITUTION, name, address, SettingsSource.WORKSTATION, null, null,
                "vie-scolaire@college.fr", mask, List.of("Paul Durand"), null);
    }

    /** Paul's change: a new name, and what only an administrator decides (users, masking) changed too. */
    private AccountDraft paulsChange(String address) {
        return new AccountDraft(AccountKind.INSTITUTION, "Secrétariat du collège", address, SettingsSource.WORKSTATION,
                null, null, null, false, List.of(), null);
    }

    private long accountId() {
        return f.accounts.require(f.admin, "Secrétariat").id();
    }

    @Test
    void theAnswerIsKeptOnlyAsASaltedHash() {
        f.accounts.setSecretQuestion(f.admin, "Secrétariat", QUESTION, "Élodie".toCharArray());
        f.accounts.saveAnyway(f.admin, shared("Vie scolaire", "vie-scolaire@college.fr", false));
        f.accounts.setSecretQuestion(f.admin, "Vie scolaire", QUESTION, "Élodie".toCharArray());

        AccountStore.SecretQuestion first = f.accountStore.secretQuestion(accountId()).orElseThrow();
        AccountStore.SecretQuestion second = f.accountStore.secretQuestion(
                f.accounts.require(f.admin, "Vie scolaire").id()).orElseThrow();

        assertThat(first.question()).isEqualTo(QUESTION);
        assertThat(first.answerHash()).startsWith("pbkdf2-sha256$").doesNotContainIgnoringCase("elodie")
                .doesNotContainIgnoringCase("élodie");
        assertThat(second.answerHash()).as("a salt per answer").isNotEqualTo(first.answerHash());
        assertThat(f.accounts.secretQuestion(f.paul, "Secrétariat")).contains(QUESTION);
    }

    @Test
    void aStaffUserWhoAnswersIgnoringCaseAndAccentsChangesTheSharedAccountButNotWhoSharesIt() {
        f.accounts.setSecretQuestion(f.admin, "Secrétariat", QUESTION, "Élodie".toCharArray());

        Account changed = f.accounts.saveAnyway(f.paul, "Secrétariat", paulsChange("secretariat@college.fr"),
                "  ELODIE ".toCharArray());

        assertThat(changed.name()).isEqualTo("Secrétariat du collège");
        assertThat(changed.userIds()).containsExactly(f.paul.id());
        assertThat(changed.maskRecipients()).as("masking stays the administrator's choice").isTrue();
        assertThat(changed.kind()).isEqualTo(AccountKind.INSTITUTION);
    }

    @Test
    void aWrongAnswerIsRefusedOnItsFieldAndChangesNothing() {
        f.accounts.setSecretQuestion(f.admin, "Secrétariat", QUESTION, "Élodie".toCharArray());

        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, "Secrétariat", paulsChange("secretariat@college.fr"),
                "Mélanie".toCharArray())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("secretAnswer")).hasValueSatisfying(
                                m -> assertThat(m.key()).isEqualTo("accounts.secretAnswerWrong")));
        assertThatThrownBy(() -> f.accounts.checkSecretAnswer(f.paul, "Secrétariat", new char[0]))
                .isInstanceOf(ValidationException.class);
        assertThat(f.accounts.require(f.admin, "Secrétariat").name()).isEqualTo("Secrétariat");
    }

    @Test
    void withoutAQuestionOnlyAnAdministratorChangesASharedAccount() {
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, "Secrétariat", paulsChange("secretariat@college.fr"),
                "Élodie".toCharArray())).isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("users.adminOnly"));
        assertThat(f.accounts.mayChange(f.paul, f.accounts.require(f.paul, "Secrétariat"))).isFalse();

        f.accounts.setSecretQuestion(f.admin, "Secrétariat", QUESTION, "Élodie".toCharArray());
        assertThat(f.accounts.mayChange(f.paul, f.accounts.require(f.paul, "Secrétariat"))).isTrue();

        f.accounts.setSecretQuestion(f.admin, "Secrétariat", "  ", null);
        assertThat(f.accounts.secretQuestion(f.admin, "Secrétariat")).isEmpty();
    }

    @Test
    void aStaffUserKeepsTheAdministratorsExceptionsForTheSameServerButMayNotAddOne() {
        f.accounts.saveAnyway(f.admin, "Secrétariat", new AccountDraft(AccountKind.INSTITUTION, "Secrétariat",
                "secretariat@college.fr", SettingsSource.OWN, null, new SmtpDraft("relay.college.fr", 25,
                fr.missive.model.mail.Security.NONE, "secretariat", "relay-secret".toCharArray(), null, true), null,
                false, List.of("Paul Durand"), null));
        f.accounts.setSecretQuestion(f.admin, "Secrétariat", QUESTION, "Élodie".toCharArray());
        AccountDraft renamed = new AccountDraft(AccountKind.INSTITUTION, "Secrétariat du collège",
                "secretariat@college.fr", SettingsSource.OWN, null, new SmtpDraft("relay.college.fr", 25,
                fr.missive.model.mail.Security.NONE, "secretariat", null, null, true), null, false, List.of(), null);

        Account changed = f.accounts.saveAnyway(f.paul, "Secrétariat", renamed, "elodie".toCharArray());
        assertThat(changed.smtp().allowPlainPassword()).isTrue();

        AccountDraft elsewhere = new AccountDraft(AccountKind.INSTITUTION, "Secrétariat du collège",
                "secretariat@college.fr", SettingsSource.OWN, null, new SmtpDraft("other.college.fr", 25,
                fr.missive.model.mail.Security.NONE, "secretariat", "x".toCharArray(), null, true), null, false,
                List.of(), null);
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, "Secrétariat du collège", elsewhere,
                "elodie".toCharArray())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("allowPlainPassword")).isPresent());
    }

    @Test
    void aStaffUserMayNotMoveTheSharedAccountToAnotherAddress() {
        f.accounts.setSecretQuestion(f.admin, "Secrétariat", QUESTION, "Élodie".toCharArray());

        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, "Secrétariat", paulsChange("paul@gmail.com"),
                "Élodie".toCharArray())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("address")).isPresent());
    }

    @Test
    void onlyAnAdministratorSetsAQuestionAndItNeedsAnAnswer() {
        assertThatThrownBy(() -> f.accounts.setSecretQuestion(f.paul, "Secrétariat", QUESTION, "x".toCharArray()))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("users.adminOnly"));
        assertThatThrownBy(() -> f.accounts.setSecretQuestion(f.admin, "Secrétariat", QUESTION, " ".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("secretAnswer")).isPresent());
    }

    @Test
    void turningTheAccountIntoItsUsersPersonalAccountDropsTheQuestion() {
        f.accounts.setSecretQuestion(f.admin, "Secrétariat", QUESTION, "Élodie".toCharArray());

        Account personal = f.accounts.makePersonal(f.admin, "Secrétariat");

        assertThat(personal.ownerId()).isEqualTo(f.paul.id());
        assertThat(f.accountStore.secretQuestion(personal.id())).isEmpty();
    }
}
