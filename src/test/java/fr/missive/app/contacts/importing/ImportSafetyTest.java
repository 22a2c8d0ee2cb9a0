package fr.missive.app.contacts.importing;

import static fr.missive.app.contacts.importing.ImportTestSupport.assertFails;
import static fr.missive.app.contacts.importing.ImportTestSupport.sample;
import static fr.missive.app.contacts.importing.ImportTestSupport.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever goes wrong, or when the user only tries or cancels, no contact is half-imported. */
class ImportSafetyTest extends ImporterTestBase {

    private ImportRequest requestFor(Path file) {
        CsvInspection inspection = inspector.inspect(file);
        return new ImportRequest(inspection, inspection.suggestedMapping(), ContactKind.PUPIL);
    }

    private Path manyRows(int rows) throws IOException {
        StringBuilder text = new StringBuilder("Nom;Prénom;Courriel\n");
        for (int i = 0; i < rows; i++) {
            text.append("NOM").append(i).append(";Prénom;p").append(i).append("@free.fr\n");
        }
        return write(files, "many.csv", UTF_8, text.toString());
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() throws IOException {
        ImportRequest request = requestFor(sample(files, ImportTestSupport.CP1252_SAMPLE));
        ImportReport dry = run(request.withDryRun(true));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.summary().key()).isEqualTo("import.summary.dryRun");
        assertThat(store.count()).isZero();
        ImportReport real = run(request);
        assertThat(real).usingRecursiveComparison().ignoringFields("dryRun").isEqualTo(dry);
        assertThat(store.count()).isEqualTo(50 + real.guardians().created());
    }

    @Test
    void cancellingWhileReadingWritesNothing() throws IOException {
        ImportRequest request = requestFor(manyRows(500));
        AtomicInteger polls = new AtomicInteger();
        assertFails(() -> importer().run(request, ImportProgress.NONE, () -> polls.incrementAndGet() > 100),
                "import.cancelled");
        assertThat(polls.get()).isEqualTo(101);
        assertThat(store.count()).isZero();
    }

    @Test
    void cancellingBetweenTwoBatchesRollsBackTheFirst() throws IOException {
        ImportRequest request = requestFor(manyRows(2500));
        AtomicBoolean cancel = new AtomicBoolean();
        ImportProgress cancelAfterFirstBatch = (phase, done, total) -> {
            if (phase == ImportProgress.Phase.WRITING && done >= 1000) {
                cancel.set(true);
            }
        };
        assertFails(() -> importer().run(request, cancelAfterFirstBatch, cancel::get), "import.cancelled");
        assertThat(store.count()).isZero();
    }

    /** Every row of the contacts table, hidden ones of an import being written included. */
    private int rowsWritten() {
        return db.inTransaction(c -> {
            int rows = 0;
            try (java.sql.Statement s = c.createStatement()) {
                for (String table : List.of("contact", "contact_guardian", "contact_import_run")) {
                    try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        rows += rs.getInt(1);
                    }
                }
            }
            return rows;
        });
    }

    /**
     * The rows written once at least {@code rows} are: the batches are written on a thread of
     * their own ({@link ImportWrites}) while the next lines are read, so the last one handed over
     * may still be on its way when the reading reports its progress.
     */
    private int rowsWrittenOnce(int rows) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        int written = rowsWritten();
        while (written < rows && System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            written = rowsWritten();
        }
        return written;
    }

    @Test
    void cancellingAfterSeveralBatchesWereWrittenLeavesNoRowBehind() throws IOException {
        ImportRequest request = requestFor(manyRows(5 * ImportPlan.BATCH / 2));
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger hiddenRows = new AtomicInteger();
        ImportProgress cancelAfterTwoBatches = (phase, done, total) -> {
            if (phase == ImportProgress.Phase.READING && done == 2 * ImportPlan.BATCH + 250) {
                hiddenRows.set(rowsWrittenOnce(2 * ImportPlan.BATCH + 1));
                cancel.set(true);
            }
        };
        assertFails(() -> importer().run(request, cancelAfterTwoBatches, cancel::get), "import.cancelled");
        assertThat(hiddenRows.get()).as("two batches written, and the run").isEqualTo(2 * ImportPlan.BATCH + 1);
        assertThat(store.count()).isZero();
        assertThat(rowsWritten()).isZero();
    }

    @Test
    void rowsOfAnImportBeingWrittenAreShownToNoOneUntilItEnds() throws IOException {
        ImportRequest request = requestFor(sample(files, ImportTestSupport.CP1252_SAMPLE));
        ImportReport first = run(request);
        int before = store.count();
        List<Contact> contactsBefore = store.findAll();
        List<Guardianship> linksBefore = store.allGuardianships();
        ImportRequest more = requestFor(manyRows(5 * ImportPlan.BATCH / 2));
        AtomicInteger seenWhileWriting = new AtomicInteger(-1);
        ImportProgress look = (phase, done, total) -> {
            if (phase == ImportProgress.Phase.READING && done == 2 * ImportPlan.BATCH + 250) {
                assertThat(rowsWrittenOnce(before + 2 * ImportPlan.BATCH + 1)).isGreaterThan(before + 2 * ImportPlan.BATCH);
                assertThat(store.findAll()).isEqualTo(contactsBefore);
                assertThat(store.allGuardianships()).isEqualTo(linksBefore);
                seenWhileWriting.set(store.count());
            }
        };
        ImportReport report = importer().run(more, look, () -> false);
        assertThat(seenWhileWriting.get()).isEqualTo(before);
        assertThat(first.inserted()).isPositive();
        assertThat(report.inserted()).isEqualTo(5 * ImportPlan.BATCH / 2);
        assertThat(store.count()).isEqualTo(before + 5 * ImportPlan.BATCH / 2);
    }

    @Test
    void aFileChangedUnderTheImportAfterSeveralBatchesLeavesNoRowBehind() throws IOException {
        Path file = manyRows(5 * ImportPlan.BATCH / 2);
        ImportRequest request = requestFor(file);
        FileTime time = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] = (byte) 'x';
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, time);
        // Found only once the whole file was read, and its rows written: they are deleted.
        assertFails(() -> run(request), "import.fileChanged");
        assertThat(store.count()).isZero();
        assertThat(rowsWritten()).isZero();
    }

    @Test
    void aCancelledReimportLeavesKnownContactsAndLinksAsTheyWere() throws IOException {
        Path file = sample(files, ImportTestSupport.CP1252_SAMPLE);
        run(requestFor(file));
        List<Contact> contactsBefore = store.findAll();
        List<Guardianship> linksBefore = store.allGuardianships();
        int rowsBefore = rowsWritten();
        // Next year: every pupil changes class, and new pupils come.
        String text = Files.readString(file, java.nio.charset.Charset.forName("windows-1252"));
        StringBuilder changed = new StringBuilder(text.replace("e A;", "e B;"));
        for (int i = 0; i < 3000; i++) {
            changed.append(text.lines().skip(1).findFirst().orElseThrow().replaceFirst("^[^;]*", "NOUVEAU" + i))
                    .append("\r\n");
        }
        Path nextYear = write(files, "next.csv", java.nio.charset.Charset.forName("windows-1252"), changed.toString());
        AtomicBoolean cancel = new AtomicBoolean();
        ImportProgress cancelWhenShowing = (phase, done, total) -> {
            if (phase == ImportProgress.Phase.WRITING) {
                cancel.set(true);
            }
        };
        assertFails(() -> importer().run(requestFor(nextYear), cancelWhenShowing, cancel::get), "import.cancelled");
        assertThat(store.findAll()).isEqualTo(contactsBefore);
        assertThat(store.allGuardianships()).isEqualTo(linksBefore);
        assertThat(rowsWritten()).isEqualTo(rowsBefore);
    }

    @Test
    void refusesAFileThatGrewSinceItWasInspected() throws IOException {
        Path file = write(files, "a.csv", UTF_8, "Nom\nDUPONT\n");
        ImportRequest request = requestFor(file);
        Files.writeString(file, "Nom\nDUPONT\nMARTIN\n");
        assertFails(() -> run(request), "import.fileChanged");
        assertThat(store.count()).isZero();
    }

    @Test
    void refusesAFileEditedWithoutChangingItsSizeOrDate() throws IOException {
        Path file = write(files, "a.csv", UTF_8, "Nom\nDUPONT\n");
        ImportRequest request = requestFor(file);
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "Nom\nDUPONd\n");
        Files.setLastModifiedTime(file, time);
        assertFails(() -> run(request), "import.fileChanged");
        assertThat(store.count()).isZero();
    }

    @Test
    void refusesAFileDeletedSinceItWasInspected() throws IOException {
        Path file = write(files, "a.csv", UTF_8, "Nom\nDUPONT\n");
        ImportRequest request = requestFor(file);
        Files.delete(file);
        assertFails(() -> run(request), "import.fileDisappeared");
    }

    @Test
    void refusesAFileWithoutAnyNameColumn() throws IOException {
        ImportRequest request = requestFor(write(files, "a.csv", UTF_8, "Courriel;Ville\njean@free.fr;Lyon\n"));
        assertFails(() -> run(request), "import.noNameColumn");
        assertThat(store.count()).isZero();
    }

    @Test
    void refusesAMappingThatIgnoresTheNames() throws IOException {
        ImportRequest suggested = requestFor(write(files, "a.csv", UTF_8, "Nom;Prénom\nDUPONT;Jean\n"));
        ColumnMapping mapping = ColumnMapping.parse("Nom=custom,Prénom=ignore", suggested.inspection().headers());
        ImportRequest request = new ImportRequest(suggested.inspection(), mapping, ContactKind.PUPIL);
        assertFails(() -> run(request), "import.noNameColumn");
        assertThat(store.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary", "empty", "missing"})
    void importsNothingFromAnUnusableFile(String kind) throws IOException {
        Path file = switch (kind) {
            case "binary" -> write(files, "x.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
            case "empty" -> write(files, "x.csv", new byte[0]);
            default -> files.resolve("absent.csv");
        };
        String key = switch (kind) {
            case "binary" -> "import.binaryFile";
            case "empty" -> "import.emptyFile";
            default -> "import.fileNotFound";
        };
        assertFails(() -> importFile(file), key);
        assertThat(store.count()).isZero();
    }

    @Test
    void refusesAMappingMadeForAnotherFile() throws IOException {
        CsvInspection inspection = inspector.inspect(write(files, "a.csv", UTF_8, "Nom;Prénom\nDUPONT;Jean\n"));
        ColumnMapping other = ColumnMapping.suggest(java.util.List.of("Nom"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ImportRequest(inspection, other, ContactKind.PUPIL));
    }
}
