package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Security;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional IMAP settings of an account: saved, reloaded, kept, removed, their password a secret. */
class AccountImapSettingsTest {

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

    private static AccountDraft withImap(ImapDraft imap) {
        return new AccountDraft(AccountKind.PERSONAL, "Paul", "paul@college.fr", SettingsSource.OWN, null,
                new SmtpDraft("smtp.college.fr", null, Security.STARTTLS, "paul", "smtp-secret".toCharArray(), null,
                        false), null, false, List.of(), null, imap);
    }

    @Test
    void imapSettingsAreSavedReloadedAndTheirPasswordKeptApart() {
        Account saved = f.accounts.saveAnyway(f.paul, withImap(new ImapDraft("imap.college.fr", null, Security.TLS,
                "", "imap-secret".toCharArray(), "Éléments envoyés")));

        Account reloaded = f.accounts.require(f.paul, "Paul");
        assertThat(reloaded.imap()).isEqualTo(new ImapSettings("imap.college.fr", 993, Security.TLS, null,
                "Éléments envoyés"));
        assertThat(f.accounts.hasImapPassword(reloaded)).isTrue();
        assertThat(f.secrets.get("account:" + saved.id() + ":imap")).map(Password::reveal).contains("imap-secret");
        assertThat(f.secrets.get("account:" + saved.id() + ":smtp")).map(Password::reveal).contains("smtp-secret");
    }

    @Test
    void aChangeWithoutImapKeepsThemAndABlankHostRemovesThemWithTheirPassword() {
        f.accounts.saveAnyway(f.paul, withImap(new ImapDraft("imap.college.fr", 143, Security.STARTTLS, "paul.d",
                "imap-secret".toCharArray(), null)));
        AccountDraft renamed = new AccountDraft(AccountKind.PERSONAL, "Paul D.", "paul@college.fr", SettingsSource.OWN,
                null, new SmtpDraft("smtp.college.fr", null, Security.STARTTLS, "paul", null, null, false), null, false,
                List.of(), null);

        Account kept = f.accounts.saveAnyway(f.paul, "Paul", renamed);
        assertThat(kept.imap()).isEqualTo(new ImapSettings("imap.college.fr", 143, Security.STARTTLS, "paul.d", null));
        assertThat(f.accounts.hasImapPassword(kept)).isTrue();

        Account removed = f.accounts.saveAnyway(f.paul, "Paul D.", withImap(new ImapDraft(" ", null, null, null,
                null, null)));
        assertThat(f.accounts.require(f.paul, removed.name()).imap()).isNull();
        assertThat(f.accounts.hasImapPassword(removed)).isFalse();
    }

    @Test
    void badImapSettingsAreRefusedOnTheirFields() {
        assertThatThrownBy(() -> f.accounts.saveAnyway(f.paul, withImap(new ImapDraft("imap college", 0, Security.TLS,
                null, null, "Sent\r\nBcc: x")))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorFor("imap.host")).isPresent();
                    assertThat(e.errorFor("imap.port")).isPresent();
                    assertThat(e.errorFor("imap.sentFolder")).isPresent();
                });
        assertThat(f.accounts.list(f.paul)).isEmpty();
    }
}
