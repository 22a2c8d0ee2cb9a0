package fr.missive.app.returns;

import fr.missive.app.institution.InstitutionService;
import fr.missive.app.letters.InlineLetters;
import fr.missive.app.letters.PdfFileNames;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.InlineLetterInputs;
import fr.missive.model.returns.RecipientReturns;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.sentlog.SentAttachment;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.users.User;
import fr.missive.render.LetterRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Paper for those the e-mail did not reach: the letters of the bounced recipients of logged
 * messages written as PDFs to a folder, to print. A letter attached as a PDF is written byte for
 * byte: the letter exactly as it was sent, with its date and fields. A letter sent in the body of
 * the e-mail is rendered again from what was kept with the message (the template, the values and
 * the date of the sending; see {@link InlineLetters}), on today's letterhead; one logged before
 * Missive kept these cannot be, and is told.
 */
public final class BouncedLetters {

    private final SentLogService log;
    private final ReturnsService returns;
    private final InstitutionService institution;
    private final LetterRenderer renderer;

    public BouncedLetters(SentLogService log, ReturnsService returns, InstitutionService institution,
                          LetterRenderer renderer) {
        this.log = log;
        this.returns = returns;
        this.institution = institution;
        this.renderer = renderer;
    }

    /**
     * What was written, and the bounced messages whose letter could not be: sent in the body of
     * the e-mail before Missive kept what renders it again.
     */
    public record Written(List<Path> files, List<Long> withoutLetter) {
        public Written {
            files = List.copyOf(files);
            withoutLetter = List.copyOf(withoutLetter);
        }
    }

    /** How far the writing is: {@code done} of {@code total} bounced messages. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void written(int done, int total);
    }

    /** The entries among these at least one of whose recipients bounced. */
    public List<SentEntry> bounced(List<SentEntry> entries) {
        Map<Long, List<fr.missive.model.returns.LoggedReturn>> all =
                returns.returnsOf(entries.stream().map(SentEntry::id).toList());
        return entries.stream().filter(e -> RecipientReturns.byAddress(all.getOrDefault(e.id(), List.of()))
                .values().stream().anyMatch(r -> r.current().filter(c -> c.kind() == ReturnKind.BOUNCED)
                        .isPresent())).toList();
    }

    /** Writes the letters of the bounced messages among these (those the user may read) into the folder. */
    public Written write(User actor, List<SentEntry> entries, Path folder) {
        return write(actor, entries, folder, Progress.NONE);
    }

    /**
     * As {@link #write(User, List, Path)}, telling the progress after each message (rendering a
     * letter sent in the body takes a moment: run it off the EDT).
     */
    public Written write(User actor, List<SentEntry> entries, Path folder, Progress progress) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MissiveException(UserMessage.of("returns.print.folder", folder.toString()), e);
        }
        List<Path> files = new ArrayList<>();
        List<Long> withoutLetter = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<SentEntry> bounced = bounced(entries);
        for (int i = 0; i < bounced.size(); i++) {
            SentEntry entry = bounced.get(i);
            List<SentAttachment> pdfs = log.attachments(actor, entry.id()).stream()
                    .filter(a -> a.mimeType().equalsIgnoreCase("application/pdf")).toList();
            if (!pdfs.isEmpty()) {
                for (SentAttachment pdf : pdfs) {
                    files.add(write(folder.resolve(unique(taken, name(entry, pdf.fileName()))), pdf.bytes()));
                }
            } else {
                Optional<InlineLetterInputs> inputs = log.inlineLetter(actor, entry.id());
                if (inputs.isPresent()) {
                    byte[] pdf = renderer.render(InlineLetters.asSent(inputs.get(), school(), institution.logo()
                            .orElse(null)));
                    files.add(write(folder.resolve(unique(taken, name(entry, inlineName(entry)))), pdf));
                } else {
                    withoutLetter.add(entry.id());
                }
            }
            progress.written(i + 1, bounced.size());
        }
        return new Written(files, withoutLetter);
    }

    private Institution school() {
        return institution.find().orElseThrow(() -> new MissiveException(UserMessage.of("letters.noInstitution")));
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new MissiveException(UserMessage.of("returns.print.write", file.toString()), e);
        }
        return file;
    }

    /** A letter sent in the body has no file name: the standard letter's, as a PDF would have had. */
    private static String inlineName(SentEntry entry) {
        String template = entry.origin().template();
        return template != null ? template : entry.subject();
    }

    /** "Martin Anne - convocation.pdf": the family first, so that the folder sorts by family. */
    private static String name(SentEntry entry, String fileName) {
        String who = entry.origin().contacts().isEmpty() ? String.join(" ", entry.recipients())
                : entry.origin().contactNames();
        String base = fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        String safe = PdfFileNames.safe(who + " - " + base);
        return (safe.isEmpty() ? "lettre" : safe) + ".pdf";
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        int n = 2;
        while (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
            candidate = name.substring(0, name.length() - 4) + " (" + n++ + ").pdf";
        }
        return candidate;
    }
}
