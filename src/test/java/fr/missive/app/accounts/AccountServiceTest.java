package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.FieldError;
import fr.missive.app.ValidationException;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.Sender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountServiceTest {

    @TempDir
    Path folder;

    private AccountsFixture f;

    @BeforeEach
    void open() {
        f = new AccountsFixture(folder);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void workstationOnRelay(List<String> authorisedDomains) {
        f.workstation.set(f.admin, new WorkstationDraft(null,
                new SmtpDraft("relay.college.fr", 25, Security.NONE, null, null, null, false),
                "Collège Jean Moulin", "secretariat@college.fr", authorisedDomains));
    }

    private static AccountDraft personal(String name, String address) {
        return new AccountDraft(AccountKind.PERSONAL, name, address, null, null, null, null, false, List.of(), null);
    }

    @Test
    void personalAccountUsesTheWorkstationSettingsByDefault() {
        workstationOnRelay(List.of());
        Account account = f.accounts.saveAnyway(f.paul, personal("Paul", "paul@college.fr"));

        assertThat(account.source()).isEqualTo(SettingsSource.WORKSTATION);
        assertThat(account.ownerId()).isEqualTo(f.paul.id());
        assertThat(account.verified()).isTrue();
        assertThat(f.resolver.settings(account).host()).isEqualTo("relay.college.fr");
    }

    @Test
    void addressOutsideTheAuthorisedDomainsGoesOutFromTheWorkstationWithReplyToTheUser() {
        workstationOnRelay(List.of("college.fr"));
        Account account = f.accounts.saveAnyway(f.paul, personal("Paul", "paul@gmail.com"));

        Sender sender = f.resolver.sender(account);

        assertThat(sender.from()).isEqualTo(EmailAddress.parse("secretariat@college.fr"));
        assertThat(sender.name()).isEqualTo("Collège Jean Moulin");
        assertThat(sender.replyTo()).isEqualTo(EmailAddress.parse("paul@gmail.com"));
    }

    @Test
    void addressInAnAuthorisedDomainSendsAsItself() {
        workstationOnRelay(List.of("college.fr"));
        Account account = f.accounts.saveAnyway(f.paul, personal("Paul Durand", "paul.durand@college.fr"));

        Sender sender = f.resolver.sender(account);

        assertThat(sender.from()).isEqualTo(EmailAddress.parse("paul.durand@college.fr"));
        assertThat(sender.name()).isEqualTo("Paul Durand");
        assertThat(sender.replyTo()).isNull();
    }

    @Test
    void accountWithItsOwnServerSendsAsItselfWhateverTheDomains() {
        workstationOnRelay(List.of("college.fr"));
        Account account = f.accounts.saveAnyway(f.paul, new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@gmail.com",
                SettingsSource.OWN, null, new SmtpDraft("smtp.gmail.com", 587, Security.STARTTLS, "paul@gmail.com",
                        "app-password".toCharArray(), null, false), null, false, List.of(), null));

        assertThat(f.resolver.sender(account).from()).isEqualTo(EmailAddress.parse("paul@gmail.com"));
    }

    @Test
    void sendingThroughAWorkstationNotSetUpSaysSo() {
        Account account = f.accounts.saveAnyway(f.paul, personal("Paul", "paul@college.fr"));
        assertThatThrownBy(() -> f.resolver.settings(account)).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("accounts.workstationNotSet"));
    }

    @Test
    void onlyAnAdministratorAddsAnInstitutionAccount() {
        AccountDraft draft = new AccountDraft(AccountKind.INSTITUTION, "Secrétariat", "secretariat@college.fr",
                null, null, null, null, true, List.of("Paul Durand"), null);
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, draft)).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("users.adminOnly"));

        Account added = f.accounts.saveAnyway(f.admin, draft);
        assertThat(added.verified()).isFalse();
        assertThat(added.maskRecipients()).isTrue();
        assertThat(f.accounts.userNames(added)).containsExactly("Paul Durand");
    }

    @Test
    void staffSeeOnlyTheAccountsTheyMayUseAndTheirInstitutionAccountIsPreferred() {
        f.accounts.saveAnyway(f.paul, personal("Paul", "paul@college.fr"));
        f.accounts.saveAnyway(f.admin, personal("Claire", "claire@college.fr"));
        f.accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, "Vie scolaire",
                "vie-scolaire@college.fr", null, null, null, null, false, List.of("Paul Durand"), null));
        f.accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, "Direction",
                "direction@college.fr", null, null, null, null, false, List.of(), null));

        assertThat(f.accounts.list(f.paul)).extracting(Account::name).containsExactly("Paul", "Vie scolaire");
        assertThat(f.accounts.list(f.admin)).hasSize(4);
        assertThat(f.accounts.preferredFor(f.paul)).map(Account::name).contains("Paul");

        Account vieScolaire = f.accounts.require(f.admin, "Vie scolaire");
        f.accountStore.markVerified(vieScolaire.id());
        assertThat(f.accounts.preferredFor(f.paul)).map(Account::name).contains("Vie scolaire");
        assertThatThrownBy(() -> f.accounts.require(f.paul, "Direction")).isInstanceOf(MissiveException.class);
    }

    @Test
    void anAdministratorSeesEveryAccountButSendsOnlyFromTheirOwnAndThoseSharedWithThem() {
        f.accounts.saveAnyway(f.paul, personal("Paul", "paul@college.fr"));
        f.accounts.saveAnyway(f.admin, personal("Claire", "claire@college.fr"));
        f.accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, "Vie scolaire",
                "vie-scolaire@college.fr", null, null, null, null, false, List.of("Paul Durand"), null));

        assertThat(f.accounts.list(f.admin)).extracting(Account::name)
                .containsExactly("Claire", "Paul", "Vie scolaire");
        assertThat(f.accounts.sendersFor(f.admin)).extracting(Account::name).containsExactly("Claire");
        assertThat(f.accounts.sendersFor(f.paul)).extracting(Account::name).containsExactly("Paul", "Vie scolaire");
    }

    @Test
    void refusesUnusableInputNamingEveryFieldAtFault() {
        AccountDraft draft = new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@@college.fr", SettingsSource.OWN,
                null, new SmtpDraft("smtp .college.fr", 70000, Security.STARTTLS, "paul", null, 500, false),
                "not-an-address", false, List.of(), null);

        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("address", "replyTo", "host", "port", "timeout"));
        assertThat(f.accounts.list(f.admin)).isEmpty();
    }

    @Test
    void ownSettingsWithAUserNeedAPassword() {
        AccountDraft draft = new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@college.fr", SettingsSource.OWN,
                null, new SmtpDraft("smtp.college.fr", 587, Security.STARTTLS, "paul", null, null, false),
                null, false, List.of(), null);
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, draft))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("password")).isPresent());
    }

    @Test
    void refusesALineBreakInTheAccountNameAndTheServerUser() {
        AccountDraft draft = new AccountDraft(AccountKind.PERSONAL, "Paul\r\nBcc: everyone@example.com",
                "paul@college.fr", SettingsSource.OWN, null, new SmtpDraft("smtp.college.fr", 587, Security.STARTTLS,
                "paul\nRCPT TO:<x@example.com>", "pw".toCharArray(), null, false), null, false, List.of(), null);
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorFor("name")).map(m -> m.key()).contains("mail.problem.FORBIDDEN_CHARACTER");
                    assertThat(e.errorFor("user")).map(m -> m.key()).contains("mail.problem.FORBIDDEN_CHARACTER");
                });
    }

    @Test
    void accountNamesAreUnique() {
        f.accounts.saveAnyway(f.paul, personal("Paul", "paul@college.fr"));
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.admin, personal("paul", "other@college.fr")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("name")).isPresent());
    }

    @Test
    void profilesAreForAdministratorsAndCannotBeDeletedWhileUsed() {
        SmtpDraft relay = new SmtpDraft("relay.college.fr", 25, Security.NONE, null, null, null, false);
        assertThatThrownBy(() -> f.profiles.add(f.paul, "Relais", relay)).isInstanceOf(MissiveException.class);
        f.profiles.add(f.admin, "Relais", relay);
        assertThatThrownBy(() -> f.profiles.add(f.admin, "relais", relay))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("name")).isPresent());

        f.accounts.saveAnyway(f.paul, new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@college.fr",
                SettingsSource.PROFILE, "Relais", null, null, false, List.of(), null));
        assertThatThrownBy(() -> f.profiles.delete(f.admin, "Relais")).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("accounts.profileUsedBy"));
        assertThat(f.resolver.settings(f.accounts.require(f.paul, "Paul")).host()).isEqualTo("relay.college.fr");
    }

    @Test
    void workstationSettingsAreForAdministratorsAndKeepWhatIsNotGiven() {
        assertThatThrownBy(() -> f.workstation.set(f.paul, new WorkstationDraft(null, null, "X", null, null)))
                .isInstanceOf(MissiveException.class);
        workstationOnRelay(List.of("college.fr", "ac-lyon.fr"));
        f.workstation.set(f.admin, new WorkstationDraft(null, null, "Secrétariat", null, null));

        var saved = f.workstation.get();
        assertThat(saved.senderName()).isEqualTo("Secrétariat");
        assertThat(saved.smtp().host()).isEqualTo("relay.college.fr");
        assertThat(saved.authorisedDomains()).containsExactly("college.fr", "ac-lyon.fr");
        assertThatThrownBy(() -> f.workstation.set(f.admin, new WorkstationDraft(null, null, null, null,
                List.of("@college.fr"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("authorisedDomains")).isPresent());
    }

    @Test
    void changingAnAccountKeepsItsStoredPasswordAndAChangedAddressMustBeVerifiedAgain() {
        AccountDraft draft = new AccountDraft(AccountKind.INSTITUTION, "Secrétariat", "secretariat@college.fr",
                SettingsSource.OWN, null, new SmtpDraft("smtp.college.fr", 587, Security.STARTTLS, "secretariat",
                "mdp".toCharArray(), null, false), null, false, List.of("Paul Durand"), null);
        Account added = f.accounts.saveAnyway(f.admin, draft);
        f.accountStore.markVerified(added.id());

        Account renamed = f.accounts.saveAnyway(f.admin, "Secrétariat", new AccountDraft(null, "Secrétariat du collège",
                "secretariat@college.fr", SettingsSource.OWN, null, new SmtpDraft("smtp.college.fr", 465, Security.TLS,
                "secretariat", null, null, false), null, true, List.of("Paul Durand"), null));
        assertThat(renamed.id()).isEqualTo(added.id());
        assertThat(renamed.verified()).isTrue();
        assertThat(renamed.smtp().port()).isEqualTo(465);
        assertThat(f.secrets.get("account:" + added.id() + ":smtp")).map(p -> p.reveal()).contains("mdp");

        Account moved = f.accounts.saveAnyway(f.admin, "Secrétariat du collège", new AccountDraft(null,
                "Secrétariat du collège", "accueil@college.fr", SettingsSource.OWN, null, new SmtpDraft(
                "smtp.college.fr", 465, Security.TLS, "secretariat", null, null, false), null, true,
                List.of("Paul Durand"), null));
        assertThat(moved.verified()).isFalse();
        assertThat(f.accounts.list(f.admin)).hasSize(1);

        f.workstation.set(f.admin, new WorkstationDraft(null, new SmtpDraft("relay.college.fr", 25, Security.NONE,
                null, null, null, false), null, null, null));
        f.accounts.saveAnyway(f.admin, "Secrétariat du collège", new AccountDraft(null, "Secrétariat du collège",
                "accueil@college.fr", SettingsSource.WORKSTATION, null, null, null, true, List.of("Paul Durand"), null));
        assertThat(f.secrets.has("account:" + added.id() + ":smtp")).isFalse();
    }

    @Test
    void realSendingNeedsAVerifiedAccountTheUserMayUse() {
        f.accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, "Vie scolaire",
                "vie-scolaire@college.fr", null, null, null, null, false, List.of("Paul Durand"), null));
        f.accounts.saveAnyway(f.paul, personal("Paul", "paul@college.fr"));

        assertThatThrownBy(() -> f.accounts.requireSendable(f.paul, "Vie scolaire"))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("accounts.notVerified"));
        f.accountStore.markVerified(f.accounts.require(f.admin, "Vie scolaire").id());
        assertThat(f.accounts.requireSendable(f.paul, "Vie scolaire").name()).isEqualTo("Vie scolaire");
        assertThat(f.accounts.requireSendable(f.paul, "Paul").name()).isEqualTo("Paul");
        assertThatThrownBy(() -> f.accounts.requireSendable(f.admin, "Paul")).isInstanceOf(MissiveException.class);
    }

    @Test
    void anInstitutionAccountUsedByOneUserBecomesTheirPersonalAccount() {
        f.accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, "CPE", "cpe@college.fr", null, null,
                null, null, false, List.of("Paul Durand"), null));
        f.accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, "Direction", "direction@college.fr",
                null, null, null, null, false, List.of("Paul Durand", "Claire Martin"), null));

        Account personal = f.accounts.makePersonal(f.admin, "CPE");

        assertThat(personal.kind()).isEqualTo(AccountKind.PERSONAL);
        assertThat(personal.ownerId()).isEqualTo(f.paul.id());
        assertThat(f.accounts.require(f.paul, "CPE").verified()).isTrue();
        assertThatThrownBy(() -> f.accounts.makePersonal(f.admin, "Direction"))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("accounts.notSingleUser"));
    }

    @Test
    void onlyAnAdministratorLetsAPasswordGoOverAnUnencryptedConnection() {
        AccountDraft draft = new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@college.fr", SettingsSource.OWN,
                null, new SmtpDraft("relay.college.fr", 25, Security.NONE, "paul", "pw".toCharArray(), null, true),
                null, false, List.of(), null);
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, draft))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("allowPlainPassword")).isPresent());
    }
}
