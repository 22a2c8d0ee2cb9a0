package fr.missive.app.contacts.importing;

import fr.missive.model.UserMessage;
import java.util.List;

/**
 * What an import did, or would do on a dry run. Every record read ends up in exactly one of
 * inserted, updated, rejected or duplicates; corrected counts the records read with at least
 * one correction, which are also counted in one of those.
 *
 * @param read       data records read, blank lines not counted
 * @param updated    known contacts the file describes, including the unchanged ones
 * @param unchanged  of the updated contacts, those the file describes exactly as stored, which
 *                   were therefore not written again
 * @param duplicates records not imported because a later record is the same contact
 * @param issues     what the user should check, by line
 */
public record ImportReport(boolean dryRun, int read, int inserted, int updated, int unchanged, int rejected,
                           int corrected, int duplicates, List<RowIssue> issues) {

    public ImportReport {
        issues = List.copyOf(issues);
    }

    /** One sentence for the end of the import: "Lines read: 50. Contacts added: 48, …". */
    public UserMessage summary() {
        return UserMessage.of(dryRun ? "import.summary.dryRun" : "import.summary", read, inserted, updated, unchanged,
                rejected, corrected, duplicates);
    }

    public List<RowIssue> issues(RowIssue.Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).toList();
    }
}
