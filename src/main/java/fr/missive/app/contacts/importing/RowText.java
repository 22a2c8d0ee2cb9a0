package fr.missive.app.contacts.importing;

import fr.missive.model.UserMessage;
import fr.missive.model.text.ControlCharacters;
import fr.missive.model.text.Excerpt;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the text of one record before it becomes a contact. A record with bytes that are not
 * text in the file's character set (shown as �), or with text garbled by a wrong character set
 * ("RÃ©publique" for "République"), is rejected rather than imported with a replaced
 * character: a name misspelt on a letter to a family is worse than a line the secretary
 * corrects, the report names the line, and importing the corrected file again updates the
 * contacts instead of duplicating them. Control characters (NUL, …) are removed, which the
 * report says.
 */
final class RowText {

    private final String charsetName;

    RowText(Charset charset) {
        this.charsetName = charset.name().equalsIgnoreCase("windows-1252") ? "Windows-1252" : charset.name();
    }

    /**
     * The record to import, with control characters removed (and {@code issues} told so), or
     * empty when it must be rejected ({@code issues} told why).
     */
    Optional<CsvRow> check(CsvRow row, List<RowIssue> issues) {
        boolean control = false;
        for (String cell : row.values()) {
            if (cell.indexOf('\uFFFD') >= 0) {
                issues.add(new RowIssue(row.line(), RowIssue.Severity.REJECTED,
                        UserMessage.of("import.undecodable", charsetName)));
                return Optional.empty();
            }
            if (Mojibake.in(cell)) {
                issues.add(new RowIssue(row.line(), RowIssue.Severity.REJECTED,
                        UserMessage.of("import.mojibake", Excerpt.of(cell))));
                return Optional.empty();
            }
            control |= ControlCharacters.present(cell);
        }
        if (!control) {
            return Optional.of(row);
        }
        List<String> cleaned = new ArrayList<>(row.values().size());
        for (String cell : row.values()) {
            cleaned.add(ControlCharacters.remove(cell));
        }
        issues.add(new RowIssue(row.line(), RowIssue.Severity.CORRECTED, UserMessage.of("import.controlCharacters")));
        return Optional.of(new CsvRow(row.line(), cleaned));
    }
}
