package fr.missive.app.contacts.importing;

import fr.missive.model.text.Folding;

import fr.missive.model.contacts.ContactKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words exports use for yes/no and for the kind of contact, in French and English,
 * compared as {@link Folding#word} ("Élève", "ELEVE" and "eleve" alike).
 */
final class CellWords {

    private static final Map<String, Boolean> CONSENT = new HashMap<>();
    private static final Map<String, ContactKind> KIND = new HashMap<>();

    static {
        for (String yes : new String[] {"oui", "yes", "true", "1", "x", "vrai"}) {
            CONSENT.put(Folding.word(yes), true);
        }
        // An empty cell is the usual way a spreadsheet says "no".
        for (String no : new String[] {"non", "no", "false", "0", "faux", ""}) {
            CONSENT.put(Folding.word(no), false);
        }
        kind(ContactKind.PUPIL, "élève", "pupil", "student");
        kind(ContactKind.GUARDIAN, "responsable", "responsable légal", "parent", "guardian");
        kind(ContactKind.STAFF, "personnel", "staff");
        kind(ContactKind.TEACHER, "enseignant", "professeur", "teacher");
        kind(ContactKind.OTHER, "autre", "other");
    }

    private CellWords() {
    }

    private static void kind(ContactKind kind, String... words) {
        for (String word : words) {
            KIND.put(Folding.word(word), kind);
        }
    }

    /** Whether the cell says the contact accepts e-mail; empty when the word is not known. */
    static Optional<Boolean> consent(String cell) {
        return Optional.ofNullable(CONSENT.get(Folding.word(cell)));
    }

    /** The kind a cell names; empty when the word is not known. */
    static Optional<ContactKind> kind(String cell) {
        return Optional.ofNullable(KIND.get(Folding.word(cell)));
    }
}
