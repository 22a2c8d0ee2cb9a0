package fr.missive.model.sentlog;

/** Where the copy of a sent message into the mailbox's Sent folder is. Its sentence is {@code sentlog.imap.<NAME>}. */
public enum ImapCopyState {
    /** The account does not copy sent mail (no IMAP settings, or the option is off). */
    NONE,
    /** To be appended once the message has left. */
    PENDING,
    /** Appended to the Sent folder. */
    DONE,
    /** The last attempt failed; tried again later without sending the e-mail again. */
    RETRYING;

    public String messageKey() {
        return "sentlog.imap." + name();
    }
}
