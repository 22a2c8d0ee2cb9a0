package fr.missive.app.contacts.importing;

import fr.missive.model.text.Folding;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A guardian's whole name as one cell holds it ("Mme Éloïse Saint-Étienne", "M. Rachid El
 * Amrani", "Mr Smith"), cut into title, first and last names. The last name is the one the pupil
 * bears when the cell contains it (a compound name stays whole), else a word in capitals, else
 * the last word: the usual ways a school system writes a parent's name.
 */
record GuardianName(String title, String firstName, String lastName) {

    private static final Set<String> TITLES = Set.of("m", "mme", "mlle", "mr", "mrs", "ms", "miss", "dr", "me",
            "monsieur", "madame", "mademoiselle", "mx");

    static GuardianName parse(String cell, String pupilLastName) {
        String[] words = Folding.singleLine(cell).split(" ");
        if (words.length == 1 && words[0].isEmpty()) {
            return new GuardianName("", "", "");
        }
        int start = 0;
        String title = "";
        if (words.length > 1 && TITLES.contains(Folding.word(words[0]))) {
            title = words[0];
            start = 1;
        }
        String[] rest = Arrays.copyOfRange(words, start, words.length);
        int[] last = pupilsName(rest, pupilLastName);
        if (last == null) {
            last = capitals(rest);
        }
        if (last == null) {
            last = new int[] {rest.length - 1, rest.length};
        }
        String lastName = String.join(" ", Arrays.copyOfRange(rest, last[0], last[1]));
        String before = String.join(" ", Arrays.copyOfRange(rest, 0, last[0]));
        String after = String.join(" ", Arrays.copyOfRange(rest, last[1], rest.length));
        return new GuardianName(title, (before + " " + after).strip(), lastName);
    }

    /** Where the words of the pupil's last name are, ignoring case and accents; null when absent. */
    private static int[] pupilsName(String[] words, String pupilLastName) {
        String[] wanted = Folding.name(pupilLastName == null ? "" : pupilLastName).split(" ");
        if (wanted[0].isEmpty() || wanted.length > words.length) {
            return null;
        }
        for (int from = 0; from + wanted.length <= words.length; from++) {
            boolean same = true;
            for (int i = 0; i < wanted.length && same; i++) {
                same = Folding.name(words[from + i]).equals(wanted[i]);
            }
            if (same) {
                return new int[] {from, from + wanted.length};
            }
        }
        return null;
    }

    /** The run of words written in capitals ("Claire DURAND"), when the others are not. */
    private static int[] capitals(String[] words) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < words.length; i++) {
            boolean upper = words[i].chars().anyMatch(Character::isLetter)
                    && words[i].equals(words[i].toUpperCase(Locale.ROOT));
            if (upper && from < 0) {
                from = i;
                to = i + 1;
            } else if (upper && to == i) {
                to = i + 1;
            }
        }
        return from < 0 || (from == 0 && to == words.length) ? null : new int[] {from, to};
    }
}
