package fr.missive.app.contacts.importing;

import fr.missive.model.UserMessage;

/**
 * Something the user should know about one record of an imported file.
 *
 * @param line   the physical line of the file where the record starts (the header is line 1)
 * @param reason what happened, in words the user can act on
 */
public record RowIssue(int line, Severity severity, UserMessage reason) {

    public enum Severity {
        /** The record was not imported. */
        REJECTED,
        /** The record was imported, without or with a changed value (the reason says which). */
        CORRECTED,
        /** The record was not imported because a later record of the file is the same contact. */
        DUPLICATE
    }

    /** The bundle key of the severity's label, for a column of the report. */
    public String severityKey() {
        return "import.severity." + severity.name();
    }
}
