package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox whose certificate is self-signed, as a school's Postfix + Dovecot: GreenMail serves
 * SMTPS and IMAPS on 127.0.0.1 with its own certificate. Trusted once for the host (after the
 * confirmation that shows its fingerprint), it serves IMAP as well as SMTP, and the Sent-folder
 * copy goes through; not trusted, the accounts window names the certificate, not the network.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class MailboxCertificateGuiTest {

    private static final String LOGIN = "secretariat";
    private static final String PASSWORD = "Bonjour-2026";
    private static final String ADDRESS = "secretariat@college-test.fr";

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private GreenMail greenMail;
    private GreenMailUser mailbox;
    private FrameFixture main;

    @BeforeEach
    void openAsAdministratorWithASelfSignedMailServer(Robot robot, DataFolders dataFolders) throws Exception {
        greenMail = new GreenMail(new ServerSetup[] {
                patient(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)), patient(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS))});
        greenMail.start();
        mailbox = greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        imapHost().createMailbox(mailbox, "Sent");
        services = SampleData.initialised(dataFolders, folder);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void theCertificateTrustedForSmtpAfterItsConfirmationServesTheImapCopyOfTheSameHost(Robot robot)
            throws Exception {
        DialogFixture accounts = openAccounts(robot);
        accounts.button("accountAddPersonal").click();
        DialogFixture wizard = Gui.dialog(robot, "accountWizard");
        wizard.textBox("account.name").setText("Secrétariat");
        wizard.textBox("account.address").setText(ADDRESS);
        wizard.button("accountNext").click();
        Gui.select(wizard.comboBox("account.source"), "Own settings");
        wizard.textBox("account.host").setText("127.0.0.1");
        Gui.select(wizard.comboBox("account.security"), "SSL/TLS");
        wizard.spinner("account.port").enterTextAndCommit(String.valueOf(greenMail.getSmtps().getPort()));
        wizard.textBox("account.user").setText(LOGIN);
        wizard.textBox("account.password").setText(PASSWORD);
        wizard.checkBox("account.imap.enabled").check();
        wizard.textBox("account.imap.host").setText("127.0.0.1");
        wizard.spinner("account.imap.port").enterTextAndCommit(String.valueOf(greenMail.getImaps().getPort()));
        wizard.button("accountNext").click();
        wizard.button("accountTest").click();
        Gui.untilShowing(robot, "accountFix.PIN_CERTIFICATE");
        // The button stays short: the fingerprint is in the confirmation, not in its label.
        assertThat(wizard.button("accountFix.PIN_CERTIFICATE").target().getText()).doesNotContain(":");

        wizard.button("accountFix.PIN_CERTIFICATE").click();
        DialogFixture trust = Gui.dialog(robot, "certificateTrustDialog");
        String shown = trust.textBox("certificateFingerprint").text().replace("\n", ":");
        assertThat(CertificateFingerprint.parse(shown)).isEqualTo(greenMailFingerprint());
        trust.button("certificateCopy").click();
        Gui.until("fingerprint copied", () -> greenMailFingerprint().hex().equals(
                Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor)));
        trust.optionPane().buttonWithText("Trust").click();
        Gui.untilHidden(robot, "accountWizard");

        // Saved, its mailbox tried at once over IMAPS with the certificate trusted through SMTP.
        Gui.until("the mailbox reached", () -> Gui.onEdt(() -> accounts.label("accountsState").target().getText())
                .contains("Connected to the mailbox; Sent folder: Sent."));
        User admin = SampleData.admin(services);
        services.outbox().outbox().queue(admin, "Secrétariat", List.of(MailContent.plain(
                List.of(EmailAddress.parse("famille.dupont@college-test.fr")), "Réunion parents-professeurs",
                "Madame, Monsieur,\nla réunion aura lieu jeudi.\n", List.of())));
        services.outbox().outbox().sendWaitingNow();
        Gui.until("copied to the Sent folder", () -> imapHost().getFolder(mailbox, "Sent").getMessageCount() == 1);
        assertThat(imapHost().getFolder(mailbox, "Sent").getMessages().get(0).getMimeMessage().getSubject())
                .isEqualTo("Réunion parents-professeurs");
    }

    @Test
    void anUntrustedMailboxCertificateIsNamedWithItsFingerprintAndTrustedFromTheAccountsWindow(Robot robot)
            throws Exception {
        User admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                ADDRESS, SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", greenMail.getSmtps().getPort(),
                Security.TLS, LOGIN, PASSWORD.toCharArray(), null, false, null), null, false, List.of(), null,
                new ImapDraft("127.0.0.1", greenMail.getImaps().getPort(), Security.TLS, LOGIN, null, null)));
        DialogFixture accounts = openAccounts(robot);
        Gui.until("account listed", () -> accounts.list("accountsList").target().getModel().getSize() == 1);
        accounts.list("accountsList").selectItem(0);
        accounts.button("accountTestSelected").click();

        Gui.untilShowing(robot, "accountTrustImapCertificate");
        String state = Gui.onEdt(() -> accounts.label("accountsState").target().getText());
        assertThat(state).contains("The mailbox server 127.0.0.1 answers, but its certificate is not trusted")
                .contains(greenMailFingerprint().hex()).doesNotContain("could not be reached");

        accounts.button("accountTrustImapCertificate").click();
        DialogFixture trust = Gui.dialog(robot, "certificateTrustDialog");
        trust.optionPane().buttonWithText("Trust").click();
        Gui.until("the mailbox reached", () -> Gui.onEdt(() -> accounts.label("accountsState").target().getText())
                .contains("Connected to the mailbox; Sent folder: Sent."));
        assertThat(services.accounts().accounts().require(admin, "Secrétariat").smtp().pinnedCertificate())
                .as("trusted for the host: the SMTP port is served too").isEqualTo(greenMailFingerprint());
        assertThat(Gui.showing(robot, "accountTrustImapCertificate")).as("nothing left to trust").isFalse();
    }

    private ImapHostManager imapHost() {
        return greenMail.getManagers().getImapHostManager();
    }

    private DialogFixture openAccounts(Robot robot) {
        main.menuItem("menuMail").click();
        main.menuItem("menuAccounts").click();
        return Gui.dialog(robot, "accountsDialog");
    }

    /** GreenMail's own self-signed certificate, the one its SMTPS and IMAPS servers present. */
    private static CertificateFingerprint greenMailFingerprint() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = GreenMail.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            store.load(in, "changeit".toCharArray());
        }
        String alias = Collections.list(store.aliases()).get(0);
        return CertificateFingerprint.of(((X509Certificate) store.getCertificate(alias)).getEncoded());
    }

    /** Started within 30 s: on a loaded build machine GreenMail's 2 s default is not always enough. */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(30_000);
        return setup;
    }
}
