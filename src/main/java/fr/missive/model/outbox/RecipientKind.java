package fr.missive.model.outbox;

/** Where a recipient stood in the message: its To or Cc header, or only the envelope (Bcc). */
public enum RecipientKind {
    TO,
    CC,
    BCC;

    /** Its name in the user's language ("To", "À"…). */
    public String messageKey() {
        return "sent.kind." + name();
    }
}
