package fr.missive.app.letters.mailing;

import fr.missive.model.UserMessage;
import fr.missive.model.letters.FieldNames;

/** Why a recipient's letter goes on paper, or not at all. Each has the sentence {@code mailing.reason.<NAME>}. */
public enum Route {
    /** The letter goes by e-mail. */
    EMAIL,
    /** No e-mail address: printed. */
    NO_ADDRESS,
    /** The address on file cannot be sent to: printed. */
    INVALID_ADDRESS,
    /** The contact refused e-mail: printed. */
    NO_CONSENT,
    /** Every letter of this sending goes on paper, as the user asked: printed. */
    ON_PAPER,
    /** The address came back undelivered before, and the user chose paper for it: printed. */
    BOUNCED,
    /** A field of the letter, the subject or the file name is unknown for this contact: nothing sent. */
    UNKNOWN_FIELD;

    public boolean toPrint() {
        return this == NO_ADDRESS || this == INVALID_ADDRESS || this == NO_CONSENT || this == ON_PAPER
                || this == BOUNCED;
    }

    public boolean skipped() {
        return this == UNKNOWN_FIELD;
    }

    /**
     * The reason in words; {@code unknownFields} are named for {@link #UNKNOWN_FIELD}, by their
     * labels in the reader's language where they have one.
     */
    public UserMessage reason(FieldNames unknownFields) {
        return UserMessage.of("mailing.reason." + name(),
                unknownFields == null ? FieldNames.typed(java.util.List.of()) : unknownFields);
    }
}
