package fr.missive.app.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.Versioned;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people, one signature (the shared account's, which both may change): the service passes
 * the version an editor started from down to the store, and records who saved.
 */
@ExtendWith(DataFolderExtension.class)
class SignatureVersionsTest {

    private OpenDataFolder services;
    private User claire;
    private User paul;
    private Signature accueil;

    @BeforeEach
    void open(OpenDataFolder services) {
        this.services = services;
        services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                "69003", "Lyon", "", ""), null, new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN,
                null));
        claire = services.setup().users().find("Claire Martin").orElseThrow();
        paul = services.setup().users().add(claire, new UserDraft("Paul Durand", null, Role.STAFF, null));
        services.accounts().accounts().saveAnyway(claire, new AccountDraft(AccountKind.INSTITUTION, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", 2525,
                Security.NONE, null, null, 30, false), null, false, List.of("Claire Martin", "Paul Durand"), null));
        accueil = signatures().save(claire, draft(null, "Le secrétariat"));
    }

    @Test
    void theSecondSaveFromOneVersionIsRefusedNamingWhoSavedFirst() {
        Versioned<Signature> claireOpened = signatures().findForEditing(claire, accueil.id()).orElseThrow();
        Versioned<Signature> paulOpened = signatures().findForEditing(paul, accueil.id()).orElseThrow();
        signatures().save(paul, draft(accueil.id(), "Le secrétariat du collège"), paulOpened.version().number());

        assertThatThrownBy(() -> signatures().save(claire, draft(accueil.id(), "Le secrétariat, bureau 12"),
                claireOpened.version().number()))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class, e -> {
                    assertThat(e.current().changedBy()).isEqualTo("Paul Durand");
                    assertThat(e.userMessage().args()).contains("Paul Durand");
                });
        assertThat(stored().value().plainText()).isEqualTo("Le secrétariat du collège");

        signatures().save(claire, draft(accueil.id(), "Le secrétariat, bureau 12"), stored().version().number());
        assertThat(stored().value().plainText()).isEqualTo("Le secrétariat, bureau 12");
        assertThat(stored().version().changedBy()).isEqualTo("Claire Martin");
    }

    @Test
    void aSignatureDeletedMeanwhileIsNotOfferedForEditing() {
        signatures().delete(paul, accueil.id());
        assertThat(signatures().findForEditing(claire, accueil.id())).isEmpty();
    }

    private Versioned<Signature> stored() {
        return signatures().findForEditing(claire, accueil.id()).orElseThrow();
    }

    private SignatureService signatures() {
        return services.compose().signatures();
    }

    private static SignatureDraft draft(Long id, String text) {
        return new SignatureDraft(id, "Secrétariat", "Accueil", text, "", null, null, true);
    }
}
