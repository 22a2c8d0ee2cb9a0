package fr.missive.app.letters;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import fr.missive.render.PdfLetterRenderer;
import fr.missive.render.PdfProbe;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real letters rendered by PDFBox on two threads, read back. */
@NoDatabase
class LetterBatchTest {

    @TempDir
    Path folder;

    private final LetterComposer composer = new LetterComposer(null, null);
    private final LetterBatch batch = new LetterBatch(composer, new PdfLetterRenderer(), 2);

    private static LetterContext context() {
        return new LetterContext(new LetterTemplate("Absence", Category.ABSENCE, "Absence de {{first_name}}",
                "Madame, Monsieur,\n\nNous avons constaté l’absence de **{{first_name}} {{last_name}}** "
                        + "le {{date_absence}}.\n", List.of("date_absence")),
                LetterComposerTest.SCHOOL, null, new LetterSender("Jeanne Martin", "CPE", null),
                Map.of("date_absence", "lundi 23 novembre"), LocalDate.of(2026, 11, 24), Locale.FRENCH);
    }

    private static List<Contact> contacts(int n) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            contacts.add(LetterComposerTest.contact(i, "M.", "Élève" + i, "NOM" + i,
                    new PostalAddress(List.of(i + " rue de la Paix"), "69001", "Lyon", ""), Map.of()));
        }
        return contacts;
    }

    private static String text(byte[] pdf) {
        return PdfProbe.text(pdf);
    }

    @Test
    void writesOneFilePerContactInOrderWithProgress() throws IOException {
        List<Contact> contacts = contacts(12);
        List<Integer> progress = new ArrayList<>();
        BatchReport report;
        try (FolderOutput output = new FolderOutput(folder.resolve("out"))) {
            report = batch.run(context(), contacts, output, (done, total) -> progress.add(done), () -> false);
        }
        assertThat(report.complete()).isTrue();
        assertThat(report.rendered()).isEqualTo(12);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(report.files()).extracting(p -> p.getFileName().toString())
                .startsWith("NOM1 Élève1.pdf", "NOM2 Élève2.pdf").endsWith("NOM12 Élève12.pdf");
        for (int i = 1; i <= 12; i++) {
            String text = text(Files.readAllBytes(report.files().get(i - 1)));
            assertThat(text).contains("M. Élève" + i + " NOM" + i, i + " rue de la Paix",
                    "Élève" + i + " NOM" + i + " le lundi 23 novembre", "Lyon, le 24 novembre 2026");
        }
    }

    @Test
    void lettersForAttachmentsCarryOnlyTheirOwnGlyphs() throws IOException {
        // The second contact's Greek and Vietnamese names widen a shared subset for every letter.
        List<Contact> contacts = List.of(contacts(1).get(0),
                LetterComposerTest.contact(2, "Mme", "Ελένη Nguyễn Thị", "ΠΑΠΑΔΟΠΟΥΛΟΥ Phương",
                        new PostalAddress(List.of("2 rue de la Paix"), "69001", "Lyon", ""), Map.of()));
        BatchReport shared;
        BatchReport own;
        try (FolderOutput output = new FolderOutput(folder.resolve("shared"))) {
            shared = batch.run(context(), contacts, output, LetterBatch.Progress.NONE, () -> false);
        }
        try (FolderOutput output = new FolderOutput(folder.resolve("own"))) {
            own = batch.forAttachments().run(context(), contacts, output, LetterBatch.Progress.NONE, () -> false);
        }
        byte[] sharedFirst = Files.readAllBytes(shared.files().get(0));
        byte[] ownFirst = Files.readAllBytes(own.files().get(0));
        assertThat(text(ownFirst)).isEqualTo(text(sharedFirst));
        assertThat(ownFirst.length).isLessThan(sharedFirst.length);
    }

    @Test
    void combinesEveryLetterIntoOneFileInOrder() throws IOException {
        Path combined = folder.resolve("print").resolve("absences.pdf");
        try (CombinedOutput output = new CombinedOutput(combined, "Absence", "Collège Jean Moulin", false)) {
            batch.run(context(), contacts(5), output, LetterBatch.Progress.NONE, () -> false);
        }
        try (PDDocument document = Loader.loadPDF(combined.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(5);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Absence");
            for (int page = 1; page <= 5; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("NOM" + page + " le lundi");
            }
        }
        try (var files = Files.list(combined.getParent())) {
            assertThat(files).containsExactly(combined);
        }
    }

    @Test
    void forPrintingOnBothSidesEachLetterStartsOnANewSheet() throws IOException {
        Path combined = folder.resolve("recto-verso.pdf");
        try (CombinedOutput output = new CombinedOutput(combined, "Absence", "Collège Jean Moulin", true)) {
            batch.run(context(), contacts(3), output, LetterBatch.Progress.NONE, () -> false);
        }
        try (PDDocument document = Loader.loadPDF(combined.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(6);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).isBlank();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(document)).contains("NOM2");
        }
    }

    @Test
    void aLetterTheFontCannotPrintIsReportedAndTheOthersWritten() throws IOException {
        List<Contact> contacts = new ArrayList<>(contacts(3));
        contacts.set(1, LetterComposerTest.contact(2, "M.", "王", "伟",
                new PostalAddress(List.of("1 rue"), "69001", "Lyon", ""), Map.of()));
        BatchReport report;
        try (FolderOutput output = new FolderOutput(folder)) {
            report = batch.run(context(), contacts, output, LetterBatch.Progress.NONE, () -> false);
        }
        assertThat(report.rendered()).isEqualTo(2);
        assertThat(report.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("NOM1 Élève1.pdf", "NOM3 Élève3.pdf");
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.contact().lastName()).isEqualTo("伟");
            assertThat(Messages.forLocale(Locale.ENGLISH).get(f.reason())).contains("王");
        });
        assertThat(report.complete()).isFalse();
    }

    @Test
    void cancellingStopsSoonAndKeepsWhatWasWritten() {
        AtomicBoolean cancel = new AtomicBoolean();
        BatchReport report;
        try (FolderOutput output = new FolderOutput(folder)) {
            report = batch.run(context(), contacts(200), output, (done, total) -> cancel.set(done == 3), cancel::get);
        }
        assertThat(report.cancelled()).isTrue();
        assertThat(report.rendered()).isEqualTo(3);
        assertThat(report.files()).hasSize(3).allSatisfy(p -> assertThat(p).exists());
    }
}
