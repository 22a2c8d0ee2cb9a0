package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Deleting a user takes their personal accounts' passwords with them, and leaves everyone else's. */
class UserDeletionTest {

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

    private AccountDraft draft(String name, String address, String owner) {
        return new AccountDraft(AccountKind.PERSONAL, name, address, SettingsSource.OWN, null,
                new SmtpDraft("smtp.college.fr", null, Security.STARTTLS, address, "smtp-secret".toCharArray(), null,
                        false), null, false, List.of(), owner,
                new ImapDraft("imap.college.fr", null, null, null, "imap-secret".toCharArray(), null));
    }

    @Test
    void deletingAUserForgetsTheStoredPasswordsOfTheirAccounts() {
        Account pauls = f.accounts.saveAnyway(f.admin, draft("Paul", "paul@college.fr", "Paul Durand"));
        Account claires = f.accounts.saveAnyway(f.admin, draft("Claire", "claire@college.fr", null));
        assertThat(f.secrets.has("account:" + pauls.id() + ":smtp")).isTrue();
        assertThat(f.secrets.has("account:" + pauls.id() + ":imap")).isTrue();

        f.users.delete(f.admin, f.paul.id());

        assertThat(f.accounts.list(f.admin)).extracting(Account::name).containsExactly("Claire");
        assertThat(f.secrets.has("account:" + pauls.id() + ":smtp")).isFalse();
        assertThat(f.secrets.has("account:" + pauls.id() + ":imap")).isFalse();
        assertThat(f.secrets.has("account:" + claires.id() + ":smtp")).isTrue();
        assertThat(f.secrets.has("account:" + claires.id() + ":imap")).isTrue();
    }
}
