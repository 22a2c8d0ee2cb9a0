package fr.missive.ui.letters;

import fr.missive.model.letters.FieldNames;

/**
 * A readable label for a merge field that has no declared one: the code a letter or an extra CSV
 * column gives ({@code date_rdv}, {@code responsable_legal}) said as words ("Date rdv",
 * "Responsable legal"), so that a secretary does not read braces and underscores. The labels
 * a person sees come from {@link fr.missive.app.letters.FieldLabelLookup}, which falls back to this.
 */
final class FieldLabels {

    private FieldLabels() {
    }

    static String humanise(String code) {
        return FieldNames.humanise(code);
    }
}
