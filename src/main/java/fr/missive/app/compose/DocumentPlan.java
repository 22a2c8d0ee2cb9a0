package fr.missive.app.compose;

import fr.missive.app.compose.EmailPlan.PersonalMessage;
import fr.missive.model.UserMessage;
import java.nio.file.Path;
import java.util.List;

/**
 * What sending a document does, shown before anything is queued: one e-mail per recipient with
 * its files, the recipients left out with the reason for each, the folder's files that match
 * nobody, and warnings the user can act on.
 *
 * @param sizeLimit the largest message the account's provider takes, in bytes
 */
public record DocumentPlan(List<Mail> mails, List<Skipped> skipped, List<String> unmatchedFiles,
                           List<UserMessage> warnings, long sizeLimit) {

    public DocumentPlan {
        mails = List.copyOf(mails);
        skipped = List.copyOf(skipped);
        unmatchedFiles = List.copyOf(unmatchedFiles);
        warnings = List.copyOf(warnings);
    }

    /**
     * One recipient's e-mail.
     *
     * @param ownFile the file found for this recipient in the folder, or null when all get the same files
     * @param files   every file attached: those for everyone, then their own
     * @param size    about what it weighs as sent, in bytes
     */
    public record Mail(PersonalMessage message, Path ownFile, List<Path> files, long size) {

        public Mail {
            files = List.copyOf(files);
        }
    }

    /** A recipient (a contact's name, or a typed address) who will get nothing, and why. */
    public record Skipped(String recipient, UserMessage reason) {
    }
}
