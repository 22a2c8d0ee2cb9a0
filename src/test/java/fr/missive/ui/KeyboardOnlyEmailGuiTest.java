package fr.missive.ui;

import static fr.missive.mail.ReceivedMail.subject;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An e-mail to the selected contacts written and sent with the keyboard alone, against GreenMail
 * on loopback: Tab into the contacts table and out of it, Ctrl+A, the send button's Alt+letter,
 * typing, Tab out of the body; a listener proves that no mouse event happened.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class KeyboardOnlyEmailGuiTest {

    @TempDir
    Path folder;

    private GreenMail greenMail;
    private OpenDataFolder services;
    private final NoMouse noMouse = new NoMouse();

    @BeforeEach
    void accountAndContacts(DataFolders dataFolders) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        services = SampleData.initialised(dataFolders, folder);
        User admin = SampleData.admin(services);
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
        for (String[] c : new String[][] {{"Lucas", "BEGUE", "lucas.begue@example.fr"}, {"Lea", "ROUX", "lea.roux@example.fr"}}) {
            services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.GUARDIAN, "", c[0], c[1], "3e A",
                    List.of("1 rue Haute"), "69003", "Lyon", "", c[2], true, Map.of()));
        }
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
    }

    @AfterEach
    void stop() {
        noMouse.stop();
        greenMail.stop();
    }

    @Test
    void anEmailIsWrittenAndSentWithTheKeyboardAloneAndNoMouseEvent(Robot robot) throws Exception {
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        JTable table = main.table("contactsTable").target();
        Gui.until("contacts loaded", () -> table.getRowCount() == 2);
        noMouse.start(robot);

        for (int presses = 0; presses < 30 && !Gui.onEdt(table::hasFocus); presses++) {
            Keys.tab(robot);
        }
        assertThat(Gui.onEdt(table::hasFocus)).as("Tab reaches the contacts table").isTrue();
        Keys.chord(robot, KeyEvent.VK_A, KeyEvent.VK_CONTROL);
        Gui.until("both contacts selected", () -> table.getSelectedRowCount() == 2);
        Keys.tab(robot);
        assertThat(Gui.onEdt(table::hasFocus)).as("Tab leaves the contacts table").isFalse();

        Keys.alt(robot, Keys.mnemonicOf(main.button("contactSendEmail").target()));
        DialogFixture send = Keys.dialog(robot, "sendEmailDialog");
        Gui.until("subject focused", () -> send.textBox("emailSubject").target().hasFocus());
        robot.enterText("Meeting for {{first_name}}");
        // After the subject comes its "Insert a field" button, then the body.
        for (int presses = 0; presses < 4 && !Gui.onEdt(() -> send.textBox("emailBody").target().hasFocus()); presses++) {
            Keys.tab(robot);
        }
        assertThat(Gui.onEdt(() -> send.textBox("emailBody").target().hasFocus())).as("Tab reaches the body").isTrue();
        robot.enterText("Dear {{first_name}},");
        Keys.tab(robot);
        assertThat(Gui.onEdt(() -> send.textBox("emailBody").target().hasFocus())).as("Tab leaves the body").isFalse();
        assertThat(send.textBox("emailBody").text()).isEqualTo("Dear {{first_name}},");

        Keys.alt(robot, Keys.mnemonicOf(send.button("emailSend").target()));
        // Everyone accepts e-mail: nothing to report, the dialog closes and the outbox sends.
        Gui.untilHidden(robot, "sendEmailDialog");

        Gui.until("two messages received", () -> greenMail.getReceivedMessages().length == 2);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(m -> subject(m)))
                .containsExactlyInAnyOrder("Meeting for Lucas", "Meeting for Lea");
        noMouse.requireNone();
    }
}
