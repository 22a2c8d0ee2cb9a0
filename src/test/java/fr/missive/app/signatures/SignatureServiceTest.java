package fr.missive.app.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.ValidationException;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.MissiveException;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.accounts.JdbcAccountStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Signatures kept in a real HSQLDB file database, through the wired services. */
@ExtendWith(DataFolderExtension.class)
class SignatureServiceTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @TempDir
    Path folder;

    private DataFolders dataFolders;
    private OpenDataFolder services;
    private User claire;
    private User paul;

    @BeforeEach
    void open(DataFolders dataFolders) {
        this.dataFolders = dataFolders;
        services = dataFolders.open(folder);
        services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                "69003", "Lyon", "", ""), null, new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN,
                null));
        claire = services.setup().users().find("Claire Martin").orElseThrow();
        paul = services.setup().users().add(claire, new UserDraft("Paul Durand", null, Role.STAFF, null));
    }

    private SignatureService signatures() {
        return services.compose().signatures();
    }

    private Signature save(User user, String account, String name, String text, boolean makeDefault) {
        return signatures().save(user, new SignatureDraft(null, account, name, text, "**" + text + "**", null, null,
                makeDefault));
    }

    @Test
    void theFirstSignatureIsTheDefaultAndOnlyOneStaysDefault() {
        Signature first = save(claire, null, "Courte", "Claire Martin", false);
        assertThat(first.isDefault()).isTrue();
        Signature second = save(claire, null, "Longue", "Claire Martin\nSecrétaire", true);
        assertThat(second.isDefault()).isTrue();
        assertThat(signatures().list(claire, null)).extracting(Signature::name, Signature::isDefault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Courte", false),
                        org.assertj.core.groups.Tuple.tuple("Longue", true));

        signatures().makeDefault(claire, first.id());
        assertThat(signatures().list(claire, null)).filteredOn(Signature::isDefault).extracting(Signature::name)
                .containsExactly("Courte");
    }

    @Test
    void deletingTheDefaultMakesAnotherOneDefault() {
        Signature first = save(claire, null, "Courte", "C. M.", false);
        save(claire, null, "Longue", "Claire Martin", false);
        signatures().delete(claire, first.id());
        assertThat(signatures().list(claire, null)).singleElement()
                .satisfies(s -> assertThat(s.isDefault()).isTrue());
    }

    @Test
    void refusesAMissingNameNoTextATakenNameAndABadImage() {
        save(claire, null, "Courte", "C. M.", false);
        assertThatThrownBy(() -> signatures().save(claire, new SignatureDraft(null, null, " ", "", " ", null, null,
                false))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorFor("name")).isPresent();
                    assertThat(e.errorFor("plainText")).isPresent();
                });
        assertThatThrownBy(() -> save(claire, null, "courte", "autre", false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("name")).isPresent());
        assertThatThrownBy(() -> signatures().save(claire, new SignatureDraft(null, null, "Image", "x", "", PNG,
                "image/gif", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("image")).isPresent());
        assertThatThrownBy(() -> signatures().save(claire, new SignatureDraft(null, null, "Image", "x", "",
                new byte[SignatureService.MAX_IMAGE_BYTES + 1], "image/png", false)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void keepsTheImageAndEachUserSeesOnlyTheirOwn() {
        Signature withImage = signatures().save(claire, new SignatureDraft(null, null, "Scan", "Claire", "",
                PNG, "image/png", false));
        assertThat(signatures().list(claire, null)).singleElement()
                .satisfies(s -> assertThat(s.image()).containsExactly(PNG));
        assertThat(signatures().list(paul, null)).isEmpty();
        assertThatThrownBy(() -> signatures().delete(paul, withImage.id())).isInstanceOf(MissiveException.class);
        assertThatThrownBy(() -> signatures().makeDefault(paul, withImage.id())).isInstanceOf(MissiveException.class);
    }

    @Test
    void anInstitutionAccountsSignatureComesFirstWhenSendingFromIt() {
        Account vieScolaire = verifiedInstitutionAccount();
        save(paul, null, "Perso", "Paul Durand", false);
        assertThat(signatures().institutionAccounts(paul)).extracting(Account::name).containsExactly("Vie scolaire");
        save(paul, "Vie scolaire", "Service", "La vie scolaire", false);

        assertThat(signatures().defaultFor(paul, vieScolaire)).map(Signature::plainText).contains("La vie scolaire");
        assertThat(signatures().choicesFor(paul, vieScolaire)).extracting(Signature::name)
                .containsExactly("Service", "Perso");
        Account personal = services.accounts().accounts().list(paul).stream().filter(a -> !a.isInstitution()).findFirst()
                .orElse(null);
        assertThat(signatures().defaultFor(paul, personal)).map(Signature::plainText).contains("Paul Durand");
        assertThat(signatures().list(paul, "Vie scolaire")).extracting(Signature::name).containsExactly("Service");
    }

    private Account verifiedInstitutionAccount() {
        SmtpDraft smtp = new SmtpDraft("127.0.0.1", 2525, Security.NONE, null, null, null, false, null);
        Account account = services.accounts().accounts().saveAnyway(claire, new AccountDraft(AccountKind.INSTITUTION,
                "Vie scolaire", "vie.scolaire@college-test.fr", SettingsSource.OWN, null, smtp, null, false,
                List.of("Paul Durand"), null));
        services.close();
        try (Database db = TestDatabases.open(folder)) {
            new JdbcAccountStore(db).markVerified(account.id());
        }
        services = dataFolders.open(folder);
        return services.accounts().accounts().require(claire, "Vie scolaire");
    }
}
