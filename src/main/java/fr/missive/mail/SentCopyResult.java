package fr.missive.mail;

/**
 * How the copy of a sent message into the mailbox's Sent folder went.
 *
 * @param folder the folder it went to, when it did
 * @param detail the server's words or the network error, for the log; null when copied
 */
public record SentCopyResult(Outcome outcome, String folder, String detail) {

    public enum Outcome {
        COPIED,
        /** The server could not be reached, or the connection broke: try again later. */
        UNREACHABLE,
        /** The server answered no (sign-in, folder, size): try again later, the user may fix the settings. */
        REFUSED,
        /** No folder was set and none looks like a Sent folder. */
        NO_FOLDER
    }

    static SentCopyResult copied(String folder) {
        return new SentCopyResult(Outcome.COPIED, folder, null);
    }
}
