package fr.missive.model.text;

/**
 * Cells of the CSV files Missive writes are opened in Excel or LibreOffice, which take a cell
 * beginning with {@code = + - @}, a tab or a carriage return for a formula: a contact named
 * {@code =HYPERLINK(…)} would become a link, {@code +cmd|…} a command. Such a cell is written
 * with a leading apostrophe, which spreadsheets show as text and hide; the importer drops that
 * one apostrophe again, so a file exported by Missive imports back unchanged.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * The cell as written to a CSV file: an apostrophe before a formula trigger, and before a
     * cell that already starts with an apostrophe and a trigger, which reading gives back whole.
     */
    public static String neutralise(String cell) {
        return startsWithTrigger(cell, 0) || isRestorable(cell) ? "'" + cell : cell;
    }

    /** The cell as read from a CSV file: the apostrophe {@link #neutralise} added is dropped. */
    public static String restore(String cell) {
        return isRestorable(cell) ? cell.substring(1) : cell;
    }

    /** Apostrophes, at least one, then a formula trigger. */
    private static boolean isRestorable(String cell) {
        int at = 0;
        while (at < cell.length() && cell.charAt(at) == '\'') {
            at++;
        }
        return at > 0 && startsWithTrigger(cell, at);
    }

    private static boolean startsWithTrigger(String cell, int at) {
        if (cell.length() <= at) {
            return false;
        }
        return switch (cell.charAt(at)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
