package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.AppVersion;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import fr.missive.store.journal.JournalSetup;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help > Journal shows the journal of the data folder and copies it for support; a failure that is
 * expected (no application opens a PDF) gets its own sentence, not "unexpected error".
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class JournalGuiTest {

    private static final Logger LOG = Logger.getLogger(JournalGuiTest.class.getName());

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private User admin;
    private Handler journal;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void dataFolderWithItsJournal(DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        journal = JournalSetup.install(services.dataFolder(), Level.INFO, 1024 * 1024, 3);
    }

    @AfterEach
    void removeJournal() {
        JournalSetup.remove(journal);
    }

    private FrameFixture openWindow(Robot robot, Locale language, GuiLauncher launcher) {
        services.setup().preferences().setLanguage(admin.id(), Optional.of(language));
        launcher.openOn(services);
        return Gui.frame(robot, "mainWindow");
    }

    @Test
    void helpJournalShowsTheRecentJournalAndCopiesItWithTheVersionsForSupport(Robot robot) throws Exception {
        LOG.log(Level.SEVERE, "Unexpected failure while opening the letter 4711", new IllegalStateException("boom"));
        FrameFixture main = openWindow(robot, Locale.FRENCH, new GuiLauncher(Wiring::open, exit));

        main.menuItem("menuHelp").click();
        main.menuItem("menuJournal").click();
        DialogFixture dialog = Gui.dialog(robot, "journalDialog");
        assertThat(dialog.target().getTitle()).isEqualTo("Journal de Missive");
        Gui.until("the journal read", () -> Gui.onEdt(() -> dialog.textBox("journalText").target().getText())
                .contains("Unexpected failure while opening the letter 4711"));
        assertThat(dialog.textBox("journalText").text()).contains("java.lang.IllegalStateException: boom");
        assertThat(dialog.label("journalFile").text()).contains(services.dataFolder().resolve("missive.log")
                .toString());
        assertThat(dialog.button("journalCopy").text()).isEqualTo("Copier pour l\u2019assistance");

        dialog.button("journalCopy").click();
        Gui.until("copied", () -> !Gui.onEdt(() -> dialog.label("journalCopied").target().getText()).isBlank());
        String copied = Gui.onEdt(() -> (String) Toolkit.getDefaultToolkit().getSystemClipboard()
                .getData(DataFlavor.stringFlavor));
        assertThat(copied).startsWith("Missive " + AppVersion.current())
                .contains("Java " + System.getProperty("java.version"), System.getProperty("os.name"))
                .contains("SEVERE " + JournalGuiTest.class.getName()
                        + ": Unexpected failure while opening the letter 4711");
        dialog.button("journalClose").click();
        Gui.untilHidden(robot, "journalDialog");
    }

    @Test
    void anAttachmentNoApplicationOpensGetsItsOwnSentenceNotUnexpectedError(Robot robot) throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start()) {
            services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                    "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1", server.port(),
                    Security.NONE, null, null, null, false, null), null, false, List.of(), null));
            services.outbox().outbox().queue(admin, "Secrétariat", List.of(MailContent.plain(
                    List.of(EmailAddress.parse("famille.begue@college-test.fr")), "Absence de Noé", "Noé était absent.",
                    List.of(Attachment.pdf("courrier.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))))));
            services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));
        }
        // What Desktop.open throws on a PC where no application is associated with PDF files.
        FrameFixture main = openWindow(robot, Locale.ENGLISH, new GuiLauncher(Wiring::open, exit)
                .withFileOpener(file -> {
                    throw new IOException("Failed to open " + file + ". Error message: No application is"
                            + " associated with the specified file for this operation.");
                }));
        main.menuItem("menuMail").click();
        main.menuItem("menuSentMail").click();
        DialogFixture sent = Gui.dialog(robot, "sentDialog");
        Gui.until("the message", () -> Gui.onEdt(() -> sent.table("sentTable").target().getRowCount()) == 1);
        sent.table("sentTable").selectRows(0);
        Gui.until("its attachment", () -> Gui.onEdt(() -> sent.list("sentAttachments").target().getModel()
                .getSize()) == 1);

        sent.button("sentOpen").click();

        DialogFixture alert = Gui.dialog(robot, "alertError");
        alert.optionPane().requireMessage(Pattern.compile("(?s)No PDF reader is installed on this computer:"
                + " \u201ccourrier\\.pdf\u201d could not be opened\\..*"));
        alert.optionPane().okButton().click();
    }
}
