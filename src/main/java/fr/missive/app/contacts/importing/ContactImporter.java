package fr.missive.app.contacts.importing;

import fr.missive.model.text.Excerpt;

import fr.missive.app.contacts.importing.ImportProgress.Phase;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.Guardianship;
import fr.missive.store.contacts.ContactStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports the contacts of an inspected CSV file: reads every record, matches it with the
 * known contacts (see {@link ContactMatcher}), and writes the new contacts as it reads, hidden
 * until the whole file is read and the import shown in one last transaction
 * ({@link ContactStore.StagedImport}), so that a failure or a cancel leaves the contacts as they
 * were, and a school's file fits a small heap.
 */
public final class ContactImporter {

    /** Records between two progress reports: often enough for a bar, rare enough for the EDT. */
    private static final int PROGRESS_STEP = 250;
    private static final Logger LOG = Logger.getLogger(ContactImporter.class.getName());

    private final ContactStore store;
    private final Clock clock;

    public ContactImporter(ContactStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Runs the import. Meant for a background thread; {@code cancelled} is polled for every
     * record and between batches of writes.
     *
     * @throws MissiveException          when no column holds a name, or the file changed, vanished
     *                                   or cannot be read since it was inspected; nothing is saved
     * @throws ImportCancelledException  when {@code cancelled} turned true; nothing is saved
     */
    public ImportReport run(ImportRequest request, ImportProgress progress, BooleanSupplier cancelled) {
        ColumnMapping mapping = request.mapping();
        if (!mapping.maps(ContactField.LAST_NAME) && !mapping.maps(ContactField.FIRST_NAME)
                && !RowConverter.hasPupilColumns(mapping)) {
            throw new MissiveException(UserMessage.of("import.noNameColumn"));
        }
        CsvInspection inspection = request.inspection();
        checkUnchanged(inspection);
        RowConverter converter = new RowConverter(mapping, request.defaultKind());
        List<Contact> known = store.findAll();
        ContactStore.StagedImport staging = request.dryRun() ? new DryRunStaging() : store.stageImport();
        // A dry run's writes are only in memory: no thread for them.
        ImportWrites writes = new ImportWrites(request.dryRun());
        boolean shown = false;
        try {
            ImportPlan pupils = new ImportPlan(staging, writes);
            GuardianLinking guardians = new GuardianLinking(known, store::allGuardianships, staging, writes, pupils);
            Reading reading = new Reading(request, converter, new ContactMatcher(known, converter.emailIsTheContacts()),
                    guardians, pupils, LocalDate.now(clock));
            read(inspection, reading, progress, cancelled);
            reading.plan.flush();
            guardians.plan().flush();
            writes.awaitAll();
            GuardianLinking.Links links = guardians.linksToWrite();
            if (!request.dryRun()) {
                show(staging, reading.plan, guardians, links, progress, cancelled);
            }
            shown = true;
            reading.issues.sort(Comparator.comparingInt(RowIssue::line));
            return new ImportReport(request.dryRun(), reading.read, reading.plan.inserts(), reading.plan.updates(),
                    reading.plan.unchanged(), reading.rejected, reading.corrected, reading.duplicates, reading.issues,
                    new ImportReport.Guardians(guardians.plan().inserts(), guardians.plan().updates(), links.count()));
        } catch (ContactStore.ImportCancelledException e) {
            throw new ImportCancelledException();
        } finally {
            // What is still being written must end before it can be deleted.
            writes.close();
            if (!shown) {
                discard(staging);
            }
        }
    }

    /** Writes the links of the new contacts, then shows the import with the changes to known contacts. */
    private void show(ContactStore.StagedImport staging, ImportPlan pupils, GuardianLinking guardians,
                      GuardianLinking.Links links, ImportProgress progress, BooleanSupplier cancelled) {
        List<Contact> knownChanged = new ArrayList<>(pupils.knownChanged());
        knownChanged.addAll(guardians.plan().knownChanged());
        int added = pupils.inserts() + guardians.plan().inserts();
        int total = added + knownChanged.size();
        // The new contacts were written while the file was read.
        progress.update(Phase.WRITING, added, total);
        List<Guardianship> ofNew = links.ofNew();
        for (int from = 0; from < ofNew.size(); from += ImportPlan.BATCH) {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException();
            }
            staging.addLinks(ofNew.subList(from, Math.min(ofNew.size(), from + ImportPlan.BATCH)));
        }
        staging.show(knownChanged, links.ofKnown(), done -> progress.update(Phase.WRITING, added + done, total),
                cancelled);
        progress.update(Phase.WRITING, total, total);
    }

    /** Deletes what a failed or cancelled import wrote; a failure to do so must not hide the first one. */
    private static void discard(ContactStore.StagedImport staging) {
        try {
            staging.discard();
        } catch (RuntimeException e) {
            // Its rows stay hidden; the next import deletes them once the run is old enough.
            LOG.log(Level.WARNING, "Could not delete what a stopped import wrote", e);
        }
    }

    private void read(CsvInspection inspection, Reading reading, ImportProgress progress, BooleanSupplier cancelled) {
        int total = inspection.recordCount();
        progress.update(Phase.READING, 0, total);
        try (CsvRowReader reader = inspection.openReader()) {
            reader.nextNonBlank();
            for (CsvRow row = reader.nextNonBlank(); row != null; row = reader.nextNonBlank()) {
                if (cancelled.getAsBoolean()) {
                    throw new ImportCancelledException();
                }
                reading.add(row);
                if (reading.read % PROGRESS_STEP == 0) {
                    progress.update(Phase.READING, reading.read, total);
                }
            }
            if (reader.checksum() != inspection.fingerprint().crc32()) {
                throw changed(inspection.file());
            }
        } catch (NoSuchFileException e) {
            throw new MissiveException(UserMessage.of("import.fileDisappeared", inspection.file().toString()), e);
        } catch (IOException e) {
            throw unreadable(inspection.file(), e);
        }
        progress.update(Phase.READING, reading.read, total);
    }

    /** The file must still be the one whose preview the user saw and mapped. */
    private static void checkUnchanged(CsvInspection inspection) {
        Path file = inspection.file();
        if (!Files.exists(file)) {
            throw new MissiveException(UserMessage.of("import.fileDisappeared", file.toString()));
        }
        try {
            FileFingerprint seen = inspection.fingerprint();
            if (Files.size(file) != seen.size()
                    || !Files.getLastModifiedTime(file).toInstant().equals(seen.lastModified())) {
                throw changed(file);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static MissiveException changed(Path file) {
        return new MissiveException(UserMessage.of("import.fileChanged", String.valueOf(file.getFileName())));
    }

    private static MissiveException unreadable(Path file, IOException e) {
        return new MissiveException(UserMessage.of("import.fileUnreadable", String.valueOf(file.getFileName()),
                String.valueOf(e.getMessage())), e);
    }

    /** The state of one import while the file is read. */
    private static final class Reading {
        private final ImportRequest request;
        private final RowConverter converter;
        private final RowText rowText;
        private final ContactMatcher matcher;
        private final GuardianLinking guardians;
        private final LocalDate today;
        private final ImportPlan plan;
        private final List<RowIssue> issues = new ArrayList<>();
        private int read;
        private int rejected;
        private int corrected;
        private int duplicates;

        Reading(ImportRequest request, RowConverter converter, ContactMatcher matcher, GuardianLinking guardians,
                ImportPlan plan, LocalDate today) {
            this.plan = plan;
            this.request = request;
            this.converter = converter;
            this.rowText = new RowText(request.inspection().charset());
            this.matcher = matcher;
            this.guardians = guardians;
            this.today = today;
        }

        void add(CsvRow row) {
            read++;
            List<RowIssue> rowIssues = new ArrayList<>(0);
            CsvRow text = rowText.check(row, rowIssues).orElse(null);
            RowConverter.PupilRow converted = text == null ? null
                    : converter.convertWithGuardians(text, rowIssues).orElse(null);
            if (converted == null) {
                rejected++;
                issues.addAll(rowIssues);
                return;
            }
            ImportedRow imported = converted.pupil();
            ContactMatcher.Match match = matcher.match(imported);
            if (match.ambiguous()) {
                rejected++;
                issues.add(new RowIssue(row.line(), RowIssue.Severity.REJECTED, UserMessage.of("import.ambiguous",
                        match.candidates(), Excerpt.of((imported.firstName() + " " + imported.lastName()).strip()))));
                return;
            }
            if (!rowIssues.isEmpty()) {
                corrected++;
                issues.addAll(rowIssues);
            }
            Contact contact = imported.applyTo(match.contact(), today, request.source());
            OptionalInt replaced = plan.put(match.identity(), row.line(), contact, match.contact());
            guardians.add(match.identity(), match.contact() == null ? null : match.contact().id(),
                    converted.guardians(), today, request.source());
            // A file with a row per guardian names each pupil once per guardian: not a duplicate.
            if (replaced.isPresent() && !converter.rowPerGuardian()) {
                duplicates++;
                issues.add(new RowIssue(replaced.getAsInt(), RowIssue.Severity.DUPLICATE,
                        UserMessage.of("import.duplicate", String.valueOf(row.line()))));
            }
        }
    }
}
