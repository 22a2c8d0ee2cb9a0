package fr.missive.ui;

import static fr.missive.mail.ReceivedMail.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.cli.CliRunner;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.letters.Addressing;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.users.User;
import fr.missive.render.PdfProbe;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
 * "Print or e-mail a letter" for a letter addressed to the guardians, from the contacts list
 * against GreenMail: the dialog shows the letter's addressing, the summary lists each pupil's
 * guardians and how each receives the letter, and warns of the pupil who has none; the mother
 * gets the e-mail, the father's letter is written at his address.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class LettersAboutPupilsGuiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @TempDir
    Path folder;

    private GreenMail greenMail;
    private OpenDataFolder services;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void pupilsGuardiansAccountAndLetter(DataFolders dataFolders) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Path data = folder.resolve("data");
        CliRunner cli = new CliRunner(data, Locale.ENGLISH);
        assertThat(cli.initCollege("--address", "12 avenue des Frères-Lumière", "--postcode", "69008",
                "--city", "Lyon").exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
        try (Database db = Database.open(data, Database.OpeningListener.NONE)) {
            JdbcContactStore store = new JdbcContactStore(db);
            Contact anais = store.save(pupil("Anaïs", "DURAND"));
            store.save(pupil("Noé", "ROUX"));
            Contact mother = store.save(new Contact(null, ContactKind.GUARDIAN, "Mme", "Claire", "DURAND", "",
                    new PostalAddress(List.of("4 rue Vaugelas"), "69003", "Lyon", ""),
                    EmailAddress.parse("claire.durand@example.fr"), Consent.given(TODAY, "test"), Map.of()));
            Contact father = store.save(new Contact(null, ContactKind.GUARDIAN, "M.", "Marc", "MARTIN", "",
                    new PostalAddress(List.of("18 quai Arloing"), "69009", "Lyon", ""), null,
                    Consent.refused(TODAY, "test"), Map.of()));
            store.link(List.of(new Guardianship(anais.id(), mother.id(), 1),
                    new Guardianship(anais.id(), father.id(), 2)));
        }
        services = dataFolders.open(data);
        User admin = SampleData.admin(services);
        services.letters().templates().create(admin, new LetterTemplate("Convocation", Category.CONVOCATION,
                "Convocation de {{first_name}}", "{{addressee_title}} {{addressee_last_name}},\n\nNous vous"
                + " recevrons le {{date_rdv}} au sujet de {{first_name}} {{last_name}}.", List.of("date_rdv"),
                Addressing.GUARDIANS));
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
    }

    private static Contact pupil(String first, String last) {
        return new Contact(null, ContactKind.PUPIL, "", first, last, "3e A",
                new PostalAddress(List.of("1 rue de l’École"), "69000", "Lyon", ""), null,
                Consent.refused(TODAY, "test"), Map.of());
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void theSummaryListsEachPupilsGuardiansAndHowThenEachGuardianGetsTheirLetter(Robot robot) throws Exception {
        new GuiLauncher(Wiring::open, exit).openOn(services);
        FrameFixture main = Gui.frame(robot, "mainWindow");
        Gui.until("contacts loaded", () -> main.table("contactsTable").target().getRowCount() == 4);
        main.table("contactsTable").selectRows(rowsOf(main.table("contactsTable").target(), "Anaïs", "Noé"));
        main.button("contactLetterMailing").click();
        DialogFixture dialog = Gui.dialog(robot, "letterMailingDialog");
        Gui.until("letter loaded", () -> dialog.comboBox("mailingTemplate").target().getItemCount() == 1);
        Gui.untilClickable(robot, "mailingField.date_rdv");

        assertThat(dialog.comboBox("mailingAddressing").selectedItem())
                .isEqualTo("the pupil’s legal guardians, a letter each");
        assertThat(dialog.comboBox("mailingAddressing").contents()).containsExactly("the contact chosen",
                "the pupil’s legal guardians, a letter each",
                "the legal guardians, one letter for those living at the same address");
        dialog.checkBox("mailingPrintCopy").check();
        Gui.select(dialog.comboBox("mailingPrintCopyTo"), "as PDF files in the folder");
        Path pdfs = folder.resolve("letters");
        Files.createDirectories(pdfs);
        Gui.onEdt(() -> {
            dialog.textBox("mailingFolder").target().setText(pdfs.toString());
            return null;
        });
        dialog.textBox("mailingField.date_rdv").setText("12 mai 2026");

        dialog.button("mailingNext").click();
        Gui.untilClickable(robot, "mailingSummaryCounts");
        assertThat(dialog.label("mailingSummaryCounts").text())
                .isEqualTo("One e-mail, one PDF file written to the folder, nobody skipped");
        assertThat(dialog.list("mailingSummaryList").contents()).containsExactly(
                "Anaïs DURAND — Claire DURAND — By e-mail.",
                "Anaïs DURAND — Marc MARTIN — No e-mail address: the letter is written as a PDF file in the folder.");
        assertThat(Gui.isShowing(dialog.textBox("mailingPupils").target())).isTrue();
        assertThat(dialog.textBox("mailingPupils").text()).isEqualTo(
                "Anaïs DURAND — Mme DURAND: e-mail; M. MARTIN: paper\nNoé ROUX — no legal guardian: no letter");
        assertThat(dialog.textBox("mailingWarnings").text())
                .contains("One pupil has no legal guardian and will get no letter: Noé ROUX.");

        dialog.button("mailingSend").click();
        Gui.until("the mother's e-mail received", () -> greenMail.getReceivedMessages().length == 1);
        assertThat(recipient(greenMail.getReceivedMessages()[0])).isEqualTo("claire.durand@example.fr");
        Path toFather = pdfs.resolve("DURAND Anaïs - MARTIN Marc.pdf");
        Gui.until("the father's letter written", () -> Files.exists(toFather) && Files.size(toFather) > 0);
        assertThat(PdfProbe.text(Files.readAllBytes(toFather))).contains("M. Marc MARTIN", "18 quai Arloing",
                "M. MARTIN,", "au sujet de Anaïs DURAND.");
        try (Stream<Path> written = Files.list(pdfs)) {
            assertThat(written).hasSize(1);
        }
    }

    /** The rows of the contacts whose first names are given, as the table shows them. */
    private static int[] rowsOf(JTable table, String... firstNames) {
        return Gui.onEdt(() -> {
            List<Integer> rows = new ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                for (int column = 0; column < table.getColumnCount(); column++) {
                    if (List.of(firstNames).contains(String.valueOf(table.getValueAt(row, column)))) {
                        rows.add(row);
                        break;
                    }
                }
            }
            assertThat(rows).hasSize(firstNames.length);
            return rows.stream().mapToInt(Integer::intValue).toArray();
        });
    }
}
