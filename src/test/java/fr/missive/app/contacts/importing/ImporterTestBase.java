package fr.missive.app.contacts.importing;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real database in a temporary folder for each test, and the importer over it. */
abstract class ImporterTestBase {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate IMPORT_DAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    Path files;
    Database db;
    JdbcContactStore store;
    final CsvInspector inspector = new CsvInspector();

    @BeforeEach
    void openDatabase() throws IOException {
        db = TestDatabases.open(folder.resolve("data"));
        store = new JdbcContactStore(db);
        files = Files.createDirectories(folder.resolve("files"));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    ContactImporter importerOn(LocalDate day) {
        return new ContactImporter(store, Clock.fixed(day.atTime(10, 0).atZone(PARIS).toInstant(), PARIS));
    }

    ContactImporter importer() {
        return importerOn(IMPORT_DAY);
    }

    /** Inspects and imports the file with the suggested mapping, pupils by default. */
    ImportReport importFile(Path file) {
        CsvInspection inspection = inspector.inspect(file);
        return run(new ImportRequest(inspection, inspection.suggestedMapping(), ContactKind.PUPIL));
    }

    ImportReport run(ImportRequest request) {
        ImportReport report = importer().run(request, ImportProgress.NONE, () -> false);
        report.issues().forEach(issue -> ImportTestSupport.assertTranslated(issue.reason()));
        return report;
    }

    Contact contact(String lastName, String firstName) {
        return store.findAll().stream()
                .filter(c -> c.lastName().equals(lastName) && c.firstName().equals(firstName))
                .findFirst().orElseThrow(() -> new AssertionError("no contact " + firstName + " " + lastName));
    }

    List<Contact> contacts() {
        return store.findAll();
    }
}
