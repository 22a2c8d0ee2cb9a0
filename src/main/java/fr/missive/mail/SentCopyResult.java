package fr.missive.mail;

import fr.missive.model.mail.ServerCertificate;

/**
 * How the copy of a sent message into the mailbox's Sent folder went.
 *
 * @param folder      the folder it went to, when it did
 * @param detail      the server's words or the network error, for the log; null when copied
 * @param certificate the certificate Missive refused, for the certificate outcomes; else null
 */
public record SentCopyResult(Outcome outcome, String folder, String detail, ServerCertificate certificate) {

    public enum Outcome {
        COPIED,
        /** The server could not be reached, or the connection broke: try again later. */
        UNREACHABLE,
        /** The server answered no (sign-in, folder, size): try again later, the user may fix the settings. */
        REFUSED,
        /** No folder was set and none looks like a Sent folder. */
        NO_FOLDER,
        /**
         * The server was reached but its certificate is not trusted by this PC (self-signed, an
         * unknown authority) and not pinned for its host: an administrator may trust it.
         */
        CERTIFICATE_UNTRUSTED,
        /** The certificate is trusted but issued for other names than the host typed. */
        CERTIFICATE_NAME_MISMATCH
    }

    public SentCopyResult(Outcome outcome, String folder, String detail) {
        this(outcome, folder, detail, null);
    }

    static SentCopyResult copied(String folder) {
        return new SentCopyResult(Outcome.COPIED, folder, null);
    }
}
