package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.Versioned;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people, one account: the service passes the version an editor started from down to the
 * store, so the second of two saves from one version is refused and writes nothing, not even the
 * password typed with it.
 */
class AccountVersionsTest {

    @TempDir
    Path folder;

    private AccountsFixture f;

    @BeforeEach
    void open() {
        f = new AccountsFixture(folder);
        f.accounts.saveAnyway(f.admin, draft("accueil@college.fr", null));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSecondSaveFromOneVersionIsRefusedNamingTheFirstAndWritesNothing() {
        Versioned<Account> opened = f.accounts.findForEditing(f.admin, "Secrétariat").orElseThrow();
        f.accounts.saveWithoutTest(f.admin, "Secrétariat", draft("vie-scolaire@college.fr", null), null,
                opened.version().number());

        assertThatThrownBy(() -> f.accounts.saveAnyway(f.admin, "Secrétariat", draft("direction@college.fr",
                "Nouveau-2026".toCharArray()), null, opened.version().number()))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class, e -> {
                    assertThat(e.current().changedBy()).isEqualTo("Claire Martin");
                    assertThat(e.current().number()).isEqualTo(opened.version().number() + 1);
                });
        Account stored = f.accounts.require(f.admin, "Secrétariat");
        assertThat(String.valueOf(stored.replyTo())).isEqualTo("vie-scolaire@college.fr");
        assertThat(f.secrets.has(SecretNames.account(stored.id()))).as("the refused password not stored").isFalse();
    }

    @Test
    void anOverwriteNamingTheCurrentVersionSavesAndRecordsWhoSaved() {
        Versioned<Account> opened = f.accounts.findForEditing(f.admin, "Secrétariat").orElseThrow();
        f.accounts.saveAnyway(f.admin, "Secrétariat", draft("vie-scolaire@college.fr", null), null,
                opened.version().number());
        Versioned<Account> now = f.accounts.findForEditing(f.admin, "Secrétariat").orElseThrow();

        f.accounts.saveAnyway(f.admin, "Secrétariat", draft("direction@college.fr", null), null,
                now.version().number());

        Versioned<Account> after = f.accounts.findForEditing(f.admin, "Secrétariat").orElseThrow();
        assertThat(String.valueOf(after.value().replyTo())).isEqualTo("direction@college.fr");
        assertThat(after.version().number()).isEqualTo(now.version().number() + 1);
        assertThat(after.version().changedBy()).isEqualTo("Claire Martin");
    }

    private static AccountDraft draft(String replyTo, char[] password) {
        return new AccountDraft(AccountKind.PERSONAL, "Secrétariat", "secretariat@college.fr", SettingsSource.OWN,
                null, new SmtpDraft("127.0.0.1", 2525, Security.NONE, password == null ? null : "secretariat",
                password, 30, true), replyTo, false, List.of(), null);
    }
}
