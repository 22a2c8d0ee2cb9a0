package fr.missive.app.returns;

import fr.missive.app.letters.PdfFileNames;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.returns.RecipientReturns;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.sentlog.SentAttachment;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Paper for those the e-mail did not reach: the letters of the bounced recipients of logged
 * messages written as PDFs to a folder, to print. Each is the PDF the message carried, byte for
 * byte: the letter exactly as it was sent, with its date and fields.
 */
public final class BouncedLetters {

    private final SentLogService log;
    private final ReturnsService returns;

    public BouncedLetters(SentLogService log, ReturnsService returns) {
        this.log = log;
        this.returns = returns;
    }

    /** What was written, and the bounced messages that carried no letter (sent inline in the body). */
    public record Written(List<Path> files, List<Long> withoutLetter) {
        public Written {
            files = List.copyOf(files);
            withoutLetter = List.copyOf(withoutLetter);
        }
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
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MissiveException(UserMessage.of("returns.print.folder", folder.toString()), e);
        }
        List<Path> files = new ArrayList<>();
        List<Long> withoutLetter = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (SentEntry entry : bounced(entries)) {
            List<SentAttachment> pdfs = log.attachments(actor, entry.id()).stream()
                    .filter(a -> a.mimeType().equalsIgnoreCase("application/pdf")).toList();
            if (pdfs.isEmpty()) {
                withoutLetter.add(entry.id());
                continue;
            }
            for (SentAttachment pdf : pdfs) {
                Path file = folder.resolve(unique(taken, name(entry, pdf)));
                try {
                    Files.write(file, pdf.bytes());
                } catch (IOException e) {
                    throw new MissiveException(UserMessage.of("returns.print.write", file.toString()), e);
                }
                files.add(file);
            }
        }
        return new Written(files, withoutLetter);
    }

    /** "Martin Anne - convocation.pdf": the family first, so that the folder sorts by family. */
    private static String name(SentEntry entry, SentAttachment pdf) {
        String who = entry.origin().contacts().isEmpty() ? String.join(" ", entry.recipients())
                : entry.origin().contactNames();
        String base = pdf.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? pdf.fileName().substring(0, pdf.fileName().length() - 4) : pdf.fileName();
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
