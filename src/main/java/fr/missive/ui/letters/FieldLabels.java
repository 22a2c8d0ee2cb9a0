package fr.missive.ui.letters;

import java.util.Locale;

/**
 * A readable label for a merge field that has no declared one: the code a letter or an extra CSV
 * column gives ({@code date_rdv}, {@code responsable_legal}) said as words ("Date rdv",
 * "Responsable legal"), so that a secretary does not read braces and underscores.
 */
final class FieldLabels {

    private FieldLabels() {
    }

    static String humanise(String code) {
        String words = code == null ? "" : code.replace('_', ' ').replace('-', ' ').strip().replaceAll(" +", " ");
        if (words.isEmpty()) {
            return code == null ? "" : code;
        }
        return words.substring(0, 1).toUpperCase(Locale.FRENCH) + words.substring(1);
    }
}
