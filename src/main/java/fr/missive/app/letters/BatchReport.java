package fr.missive.app.letters;

import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import java.nio.file.Path;
import java.util.List;

/**
 * How a batch of letters went.
 *
 * @param rendered  letters rendered and written
 * @param files     the files written, in order
 * @param failures  letters that could not be rendered (e.g. a character the font lacks in a
 *                  name); the others were written
 * @param cancelled the user stopped the batch; what was written before stays
 */
public record BatchReport(int total, int rendered, List<Path> files, List<Failure> failures, boolean cancelled) {

    /** One letter not rendered, and why. */
    public record Failure(Contact contact, UserMessage reason) {
    }

    public BatchReport {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
    }

    public boolean complete() {
        return !cancelled && failures.isEmpty() && rendered == total;
    }
}
