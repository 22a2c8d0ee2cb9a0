package fr.missive.ui.contacts;

import fr.missive.model.text.Folding;
import java.text.CollationKey;
import java.text.Collator;

/**
 * A cell's text as the contacts table sorts it: by its folded form first, so that "ØRSTED" files
 * under O as a French reader expects (Java's collators put Ø after Z), then by the collator, to
 * order accents consistently. Both are collation keys made once: sorting a hundred thousand
 * contacts compares them two million times, which folding and collating at every comparison
 * made take seconds.
 */
record SortText(CollationKey folded, CollationKey exact) implements Comparable<SortText> {

    static SortText of(String text, Collator collator) {
        String value = text == null ? "" : text;
        return new SortText(collator.getCollationKey(Folding.name(value)), collator.getCollationKey(value));
    }

    @Override
    public int compareTo(SortText other) {
        int byFolded = folded.compareTo(other.folded);
        return byFolded != 0 ? byFolded : exact.compareTo(other.exact);
    }
}
