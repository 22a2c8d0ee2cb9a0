package fr.missive.model.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.HashMap;
import java.util.Map;

/**
 * Names in the order a French reader files them: by their {@link Folding#name folded} form first,
 * so that "ØRSTED" files under O and « Émile » with E (Java's collators put Ø after Z), then by
 * the collator on the text as written, so that accents and case order consistently.
 *
 * <p>Made for a hundred thousand contacts: a collation key costs microseconds, and a school's
 * names repeat (a family shares its last name, its pupils a few thousand first names), so each
 * distinct text gets its key once, and its second, exact key only when it folds like another
 * text. Equal texts share one {@link Key}, which compares them at once.
 *
 * <p>Not thread-safe, as collators are not: made and used on one thread, or handed over whole
 * (to the event thread) once made.
 */
public final class NameOrder {

    private final Collator collator;
    private final Map<String, Key> keys = new HashMap<>();

    /** Orders by {@code collator}, which is copied. */
    public NameOrder(Collator collator) {
        this.collator = (Collator) collator.clone();
    }

    /** The key that {@code text} sorts by; null sorts as an empty text. */
    public Key keyOf(String text) {
        String value = text == null ? "" : text;
        Key key = keys.get(value);
        if (key == null) {
            key = new Key(value, collator.getCollationKey(Folding.name(value)), this);
            keys.put(value, key);
        }
        return key;
    }

    private CollationKey exactKey(String text) {
        return collator.getCollationKey(text);
    }

    /** A text's place in a {@link NameOrder}; compare keys of one order only. */
    public static final class Key implements Comparable<Key> {

        private final String text;
        private final CollationKey folded;
        private final NameOrder order;
        /** Made when first needed: most names fold like no other. */
        private CollationKey exact;

        private Key(String text, CollationKey folded, NameOrder order) {
            this.text = text;
            this.folded = folded;
            this.order = order;
        }

        public String text() {
            return text;
        }

        @Override
        public int compareTo(Key other) {
            if (this == other) {
                return 0;
            }
            int byFolded = folded.compareTo(other.folded);
            return byFolded != 0 ? byFolded : exact().compareTo(other.exact());
        }

        /** As {@link #compareTo}, the folded forms only: "Bègue" and "BEGUE" are equal here. */
        public int compareFolded(Key other) {
            return this == other ? 0 : folded.compareTo(other.folded);
        }

        private CollationKey exact() {
            if (exact == null) {
                exact = order.exactKey(text);
            }
            return exact;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && compareTo(key) == 0;
        }

        @Override
        public int hashCode() {
            return folded.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
