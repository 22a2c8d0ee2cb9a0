package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class ContactsViewTest {

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private FrameFixture main;
    private JTableFixture table;

    @BeforeEach
    void openOnFiveContacts(Robot robot, DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        SampleData.addContacts(services);
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        main = Gui.frame(robot, "mainWindow");
        table = main.table("contactsTable");
        waitForRows(SampleData.CONTACT_COUNT);
    }

    private void waitForRows(int count) {
        Gui.until(count + " rows", () -> table.target().getRowCount() == count);
    }

    private int rowCount() {
        return Gui.onEdt(() -> table.target().getRowCount());
    }

    @Test
    void showsEveryContactSortedByName() {
        main.label("statusContacts").requireText("5 contacts");
        int lastName = table.columnIndexFor("Last name");
        assertThat(Arrays.stream(table.contents()).map(row -> row[lastName]))
                .containsExactly("BÈGUE", "BÈGUE", "DUPONT", "ØRSTED", "SIMON");
        assertThat(table.cell(TableCell.row(0).column(table.columnIndexFor("Kind"))).value()).isIn("Pupil", "Guardian");
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        main.textBox("contactsSearch").enterText("begue");
        waitForRows(2);
        main.label("statusContacts").requireText("2 of 5 contacts");

        main.textBox("contactsSearch").setText("orsted rennes");
        waitForRows(1);
        assertThat(table.cell(TableCell.row(0).column(table.columnIndexFor("First name"))).value()).isEqualTo("Noël");

        main.textBox("contactsSearch").setText("nobody");
        waitForRows(0);
    }

    @Test
    void kindAndClassFiltersNarrowTheTable() {
        Gui.select(main.comboBox("contactsKindFilter"), "Guardian");
        waitForRows(1);
        Gui.select(main.comboBox("contactsKindFilter"), "All kinds");
        waitForRows(5);

        assertThat(main.comboBox("contactsClassFilter").contents())
                .containsExactly("All classes", "3e A", "3e B", "Mathématiques");
        Gui.select(main.comboBox("contactsClassFilter"), "3e A");
        waitForRows(2);
        Gui.select(main.comboBox("contactsKindFilter"), "Teacher");
        waitForRows(0);
    }

    @Test
    void addsEditsAndDeletesAContactRefusingAnInvalidEmailOnItsField(Robot robot) {
        main.button("contactAdd").click();
        DialogFixture dialog = Gui.dialog(robot, "contactDialog");
        Gui.select(dialog.comboBox("contact.kind"), "Guardian");
        dialog.textBox("contact.firstName").setText("Anaïs");
        dialog.textBox("contact.lastName").setText("SIMON");
        dialog.textBox("contact.email").setText("anais.simon@@sfr.fr");
        dialog.checkBox("contact.consent").check();
        dialog.button("contact.save").click();

        Gui.untilShowing(robot, "contact.email.error");
        dialog.label("contact.email.error").requireText(Messages.forLocale(Messages.ENGLISH)
                .get("email.problem.SEVERAL_AT_SIGNS", "anais.simon@@sfr.fr"));
        assertThat(services.contacts().contacts().count()).isEqualTo(5);

        dialog.textBox("contact.email").setText("anais.simon@sfr.fr");
        dialog.button("contact.save").click();
        Gui.untilHidden(robot, "contactDialog");
        waitForRows(6);
        Contact added = services.contacts().contacts().list().stream().filter(c -> c.firstName().equals("Anaïs")).findFirst()
                .orElseThrow();
        assertThat(added.kind()).isEqualTo(ContactKind.GUARDIAN);
        assertThat(added.consent().accepts()).isTrue();
        assertThat(added.consent().source()).isEqualTo(SampleData.ADMIN);
        assertThat(Gui.onEdt(() -> table.target().getSelectedRowCount())).as("the new contact is selected").isEqualTo(1);

        table.cell("Anaïs").doubleClick();
        DialogFixture edit = Gui.dialog(robot, "contactDialog");
        edit.textBox("contact.email").requireText("anais.simon@sfr.fr");
        edit.label("contact.consentInfo").requireText(Pattern.compile("recorded on .*\\(Claire Martin\\)"));
        edit.textBox("contact.city").setText("Annecy");
        edit.button("contact.save").click();
        Gui.until("city shown", () -> table.target().getModel().getValueAt(
                table.target().convertRowIndexToModel(table.target().getSelectedRow()), 7).equals("Annecy"));
        assertThat(services.contacts().contacts().find(added.id()).orElseThrow().address().city()).isEqualTo("Annecy");

        table.cell("Anaïs").click();
        main.button("contactDelete").click();
        JOptionPaneFixture confirm = Gui.dialog(robot, "confirmDialog").optionPane();
        confirm.requireMessage("Delete the contact Anaïs SIMON?");
        confirm.buttonWithText("Delete").click();
        waitForRows(5);
        assertThat(services.contacts().contacts().find(added.id())).isEmpty();
        main.label("statusContacts").requireText("5 contacts");
    }

    @Test
    void customFieldsTypedInTheDialogAreStoredInOrder(Robot robot) {
        table.cell("Hélène").doubleClick();
        DialogFixture edit = Gui.dialog(robot, "contactDialog");
        JTableFixture custom = edit.table("contact.custom");
        edit.button("contact.customAdd").click();
        custom.cell(TableCell.row(0).column(0)).enterValue("Option");
        custom.cell(TableCell.row(0).column(1)).enterValue("Latin");
        edit.button("contact.customAdd").click();
        custom.cell(TableCell.row(1).column(0)).enterValue("Salle");
        custom.cell(TableCell.row(1).column(1)).enterValue("B12");
        edit.button("contact.save").click();
        Gui.untilHidden(robot, "contactDialog");

        Contact helene = services.contacts().contacts().list().stream().filter(c -> c.firstName().equals("Hélène")).findFirst()
                .orElseThrow();
        assertThat(helene.custom()).containsExactly(Map.entry("Option", "Latin"),
                Map.entry("Salle", "B12"));
    }

    @Test
    void deletingAContactTheSentLogMentionsOffersToPurgeTheirMessages(Robot robot) throws Exception {
        try (fr.missive.mail.ScriptedSmtpServer server = new fr.missive.mail.ScriptedSmtpServer().start()) {
            fr.missive.model.users.User admin = SampleData.admin(services);
            services.accounts().accounts().saveAnyway(admin, new fr.missive.app.accounts.AccountDraft(
                    fr.missive.model.accounts.AccountKind.PERSONAL, "Secrétariat", "secretariat@college-test.fr",
                    fr.missive.model.accounts.SettingsSource.OWN, null, new fr.missive.app.accounts.SmtpDraft(
                    "127.0.0.1", server.port(), fr.missive.model.mail.Security.NONE, null, null, null, false, null),
                    null, false, List.of(), null));
            Contact anais = services.contacts().contacts().list().stream().filter(c -> c.firstName().equals("Hélène"))
                    .findFirst().orElseThrow();
            services.outbox().outbox().queue(admin, "Secrétariat", List.of(
                    fr.missive.app.outbox.MailContent.plain(List.of(fr.missive.model.EmailAddress.parse(
                            "famille.simon@example.fr")), "Absence", "Texte", List.of())
                            .withOrigin(fr.missive.model.outbox.MailOrigin.of("Absence",
                                    new fr.missive.model.outbox.MailOrigin.ContactRef(anais.id(), anais.displayName()))),
                    fr.missive.app.outbox.MailContent.plain(List.of(fr.missive.model.EmailAddress.parse(
                            "direction@example.fr")), "Autre", "Texte", List.of())));
            fr.missive.model.sentlog.SentFilter all = new fr.missive.model.sentlog.SentFilter(java.util.Set.of(),
                    null, null, null, null);
            Gui.until("both sent", () -> services.sentLog().list(admin, all).size() == 2);

            table.cell("Hélène").click();
            main.button("contactDelete").click();
            Gui.dialog(robot, "confirmDialog").optionPane().buttonWithText("Delete").click();
            waitForRows(4);
            JOptionPaneFixture purge = Gui.dialog(robot, "confirmDialog").optionPane();
            purge.requireMessage(Pattern.compile("(?s).*sent mail log everything about this contact.*"));
            purge.buttonWithText("Delete from the log").click();

            JOptionPaneFixture done = Gui.dialog(robot, "alertInfo").optionPane();
            done.requireMessage(Pattern.compile("(?s).*One sent message deleted from the log.*"));
            done.okButton().click();
            assertThat(services.sentLog().list(admin, all)).singleElement()
                    .satisfies(e -> assertThat(e.subject()).isEqualTo("Autre"));
        }
    }

    @Test
    void deletingSeveralContactsAsksOnceNamingHowMany(Robot robot) {
        Gui.select(main.comboBox("contactsClassFilter"), "3e A");
        waitForRows(2);
        table.selectRows(0, 1);
        main.button("contactDelete").click();
        JOptionPaneFixture confirm = Gui.dialog(robot, "confirmDialog").optionPane();
        confirm.requireMessage("Delete the 2 selected contacts?");
        confirm.buttonWithText("Cancel").click();
        assertThat(services.contacts().contacts().count()).isEqualTo(5);
        assertThat(rowCount()).isEqualTo(2);
    }
}
