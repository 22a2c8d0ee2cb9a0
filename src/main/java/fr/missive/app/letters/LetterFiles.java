package fr.missive.app.letters;

import fr.missive.model.contacts.Contact;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Writes standard letters to files: one PDF per contact in a folder, one combined PDF to print
 * in one job, or both. The letters window's sendings (their letters on paper) and
 * {@code missive letter render} both go through here.
 */
public final class LetterFiles {

    /**
     * Where the letters go.
     *
     * @param folder       one PDF per contact (named from the contact's names); null for none
     * @param combinedFile every letter in one PDF; null for none
     * @param duplex       in the combined file, every letter starts on a new sheet when printed on both sides
     */
    public record Destination(Path folder, Path combinedFile, boolean duplex) {

        /** At least one of the folder and the combined file is set. */
        public boolean any() {
            return folder != null || combinedFile != null;
        }
    }

    private final LetterBatch batch;

    public LetterFiles(LetterBatch batch) {
        this.batch = batch;
    }

    /**
     * Composes, renders and writes one letter per contact to the destination, which must name a
     * folder or a combined file. A letter that cannot be rendered is reported and the others written.
     */
    public BatchReport write(LetterContext context, List<Contact> contacts, Destination to,
                             LetterBatch.Progress progress, BooleanSupplier cancelled) {
        return writeLetters(context, contacts.stream().map(LetterRecipient::of).toList(), to, progress, cancelled);
    }

    /** As {@link #write}, for letters about a contact written to others (a pupil's guardians). */
    public BatchReport writeLetters(LetterContext context, List<LetterRecipient> letters, Destination to,
                                    LetterBatch.Progress progress, BooleanSupplier cancelled) {
        if (!to.any()) {
            throw new IllegalArgumentException("no folder and no combined file");
        }
        try (LetterOutput output = output(context, to)) {
            return batch.runLetters(context, letters, output, progress, cancelled);
        }
    }

    private static LetterOutput output(LetterContext context, Destination to) {
        List<LetterOutput> outputs = new ArrayList<>();
        if (to.folder() != null) {
            outputs.add(new FolderOutput(to.folder()));
        }
        if (to.combinedFile() != null) {
            outputs.add(new CombinedOutput(to.combinedFile(), context.template().designation(),
                    context.institution().name(), to.duplex()));
        }
        return outputs.size() == 1 ? outputs.get(0) : LetterOutput.all(outputs);
    }
}
