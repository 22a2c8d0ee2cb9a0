package fr.missive.app.sentlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.users.UserDraft;
import fr.missive.mail.oauth.HttpBrowser;
import fr.missive.mail.oauth.LoopbackAuthorizationServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.mail.Security;
import fr.missive.model.sentlog.ImapCopyState;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OAuth2 account's copy of sent mail: its mailbox has no password of its own, so the copy
 * signs in to IMAP with the same access token as SMTP, over XOAUTH2 (GreenMail checks the token).
 */
@ExtendWith(DataFolderExtension.class)
class OAuth2SentCopyTest {

    private static final String ADDRESS = "secretariat@college-test.fr";

    @TempDir
    Path folder;

    @Test
    void theCopyIsAppendedSigningInToTheMailboxWithTheAccessToken(DataFolders dataFolders) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        AtomicReference<GreenMailUser> mailbox = new AtomicReference<>();
        try (LoopbackAuthorizationServer auth = new LoopbackAuthorizationServer();
             OpenDataFolder services = dataFolders.open(folder)) {
            services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                    "69003", "Lyon", "", ""), null, new UserDraft("Claire Martin", null, Role.ADMIN, null));
            User claire = services.setup().users().find("Claire Martin").orElseThrow();
            OAuthClientConfig local = auth.client(OAuthProvider.MICROSOFT);
            services.accounts().oauthClients().save(OAuthProvider.MICROSOFT, LoopbackAuthorizationServer.CLIENT_ID,
                    "college-test.fr", null);
            services.accounts().oauthClients().setEndpoints(OAuthProvider.MICROSOFT, local.authorizationEndpoint(),
                    local.tokenEndpoint());
            services.accounts().accounts().saveAnyway(claire, new AccountDraft(AccountKind.PERSONAL, "Secrétariat", ADDRESS,
                    SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", mail.getSmtp().getPort(), Security.NONE,
                    ADDRESS, null, null, true, null, true), null, false, List.of(), null,
                    new ImapDraft("127.0.0.1", mail.getImap().getPort(), Security.NONE, null, null, "Sent")));
            // The mailbox accepts only the access token the sign-in gets.
            auth.onAccessTokenIssued(token -> mailbox.set(mail.setUser(ADDRESS, ADDRESS, token)));
            services.accounts().oauthAccounts().signIn(OAuthProvider.MICROSOFT, ADDRESS, true, new HttpBrowser(),
                    Duration.ofSeconds(10));
            ImapHostManager folders = mail.getManagers().getImapHostManager();
            folders.createMailbox(mailbox.get(), "Sent");
            long id = services.outbox().outbox().queue(claire, "Secrétariat", List.of(MailContent.plain(
                    List.of(EmailAddress.parse("famille.dupont@example.fr")), "Bulletin de Marie", "Bonjour.\n",
                    List.of()))).get(0);

            services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));

            // GreenMail counts every mailbox: the e-mail delivered, and its copy in the sender's Sent.
            assertThat(mail.getReceivedMessages()).hasSize(2);
            assertThat(services.sentLog().require(claire, id).imapCopy()).isEqualTo(ImapCopyState.DONE);
            assertThat(folders.getFolder(mailbox.get(), "Sent").getMessageCount()).isEqualTo(1);
            assertThat(auth.lastScope()).contains("IMAP.AccessAsUser.All");
        } finally {
            mail.stop();
        }
    }
}
