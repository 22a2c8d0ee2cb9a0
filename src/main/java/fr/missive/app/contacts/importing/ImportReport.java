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
                           int corrected, int duplicates, List<RowIssue> issues, Guardians guardians) {

    /**
     * The pupils' legal guardians the file names.
     *
     * @param created guardians new to Missive, one contact each however many children they have
     * @param matched guardians already known (same names, and same postal or e-mail address)
     * @param linked  links between a pupil and a guardian added or given another rank
     */
    public record Guardians(int created, int matched, int linked) {
        public static final Guardians NONE = new Guardians(0, 0, 0);

        public boolean any() {
            return created + matched + linked > 0;
        }
    }

    public ImportReport {
        issues = List.copyOf(issues);
        guardians = guardians == null ? Guardians.NONE : guardians;
    }

    /** A report of a file without guardians. */
    public ImportReport(boolean dryRun, int read, int inserted, int updated, int unchanged, int rejected,
                        int corrected, int duplicates, List<RowIssue> issues) {
        this(dryRun, read, inserted, updated, unchanged, rejected, corrected, duplicates, issues, Guardians.NONE);
    }

    /** One sentence for the end of the import: "Lines read: 50. Contacts added: 48, …". */
    public UserMessage summary() {
        return UserMessage.of(dryRun ? "import.summary.dryRun" : "import.summary", read, inserted, updated, unchanged,
                rejected, corrected, duplicates);
    }

    /** "Legal guardians: 2 added, 1 already known; 3 links to a pupil added.", when the file names any. */
    public java.util.Optional<UserMessage> guardianSummary() {
        if (!guardians.any()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(UserMessage.of(dryRun ? "import.guardians.dryRun" : "import.guardians",
                guardians.created(), guardians.matched(), guardians.linked()));
    }

    public List<RowIssue> issues(RowIssue.Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).toList();
    }
}
