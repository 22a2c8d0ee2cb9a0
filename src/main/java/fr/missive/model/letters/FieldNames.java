package fr.missive.model.letters;

import fr.missive.model.LocalizedArgument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Merge fields named for a person rather than by their code, as one argument of a message:
 * « Date du rendez-vous, Prénom » rather than {@code {{date_rdv}}, {{first_name}}}.
 *
 * <p>A field's label is, in this order: the label declared with the letter's field, the label of
 * a standard field in the reader's language ({@code letters.field.CODE} in the bundle, which
 * also names fields other parts add, such as the addressee's), the header of the contacts'
 * column a custom field comes from, and last the code said as words ({@link #humanise}).
 * Fields that are not known at all ({@link Naming#TYPED}) are shown as the user typed them, braces
 * included, since no label can name a misspelling.
 *
 * @param codes    the field codes, in the order to name them
 * @param labels   declared labels and column headers by code (the first two sources above
 *                 aside from the bundle); codes without one may be absent
 * @param naming   how the fields are named
 */
public record FieldNames(List<String> codes, Map<String, String> labels, Naming naming)
        implements LocalizedArgument {

    /** How a list of fields is named. */
    public enum Naming {
        /** Each by its label, a code without one said as words. */
        LABELS,
        /** Each as typed, {@code {{prenon}}}: fields nobody knows. */
        TYPED,
        /**
         * Each by its label where one is known (the bundle, a declared label, a column header),
         * else as typed: fields some contacts lack (a column of other contacts) mixed with
         * misspellings.
         */
        LABELS_WHERE_KNOWN
    }

    /** Key prefix of the labels of fields in the messages bundle. */
    public static final String KEY_PREFIX = "letters.field.";

    public FieldNames {
        naming = naming == null ? Naming.LABELS : naming;
        codes = List.copyOf(codes);
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** Known fields, by their labels. */
    public static FieldNames labelled(java.util.Collection<String> codes, Map<String, String> labels) {
        return new FieldNames(List.copyOf(codes), labels, Naming.LABELS);
    }

    /** Unknown fields, as typed. */
    public static FieldNames typed(java.util.Collection<String> codes) {
        return new FieldNames(List.copyOf(codes), Map.of(), Naming.TYPED);
    }

    /**
     * Fields that have no value for some contact, by their label where {@code labels} or the
     * bundle has one ("Responsable légal" for a column other contacts have), else as typed.
     */
    public static FieldNames labelledWhereKnown(java.util.Collection<String> codes, Map<String, String> labels) {
        return new FieldNames(List.copyOf(codes), labels, Naming.LABELS_WHERE_KNOWN);
    }

    /** True when the fields are said as the user typed them, braces included. */
    public boolean asTyped() {
        return naming == Naming.TYPED;
    }

    @Override
    public String in(Wording wording) {
        StringBuilder text = new StringBuilder();
        for (String code : codes) {
            text.append(text.length() == 0 ? "" : ", ");
            if (naming == Naming.TYPED || naming == Naming.LABELS_WHERE_KNOWN && !hasLabel(code, wording)) {
                text.append("{{").append(code).append("}}");
            } else {
                text.append(label(code, labels, wording::text));
                if (wording.showsFieldCodes()) {
                    text.append(" ({{").append(code).append("}})");
                }
            }
        }
        return text.toString();
    }

    /** Without a bundle (a log line): declared labels, else the codes as words. */
    @Override
    public String toString() {
        return in(new Wording() {
            @Override
            public Optional<String> text(String key) {
                return Optional.empty();
            }

            @Override
            public boolean showsFieldCodes() {
                return true;
            }
        });
    }

    /** The label of one field; see the order in the class comment. */
    public static String label(String code, Map<String, String> labels, Function<String, Optional<String>> texts) {
        String declared = labels.get(code);
        if (declared != null && !declared.isBlank() && !isStandard(code)) {
            return declared;
        }
        return texts.apply(KEY_PREFIX + code).or(() -> Optional.ofNullable(declared).filter(l -> !l.isBlank()))
                .orElseGet(() -> humanise(code));
    }

    private boolean hasLabel(String code, Wording wording) {
        String declared = labels.get(code);
        return declared != null && !declared.isBlank() || wording.text(KEY_PREFIX + code).isPresent();
    }

    private static boolean isStandard(String code) {
        return MergeField.names().contains(code);
    }

    /**
     * A code said as words for a field without a label: {@code date_rdv} → "Date rdv", so that a
     * secretary does not read braces and underscores.
     */
    public static String humanise(String code) {
        String words = code == null ? "" : code.replace('_', ' ').replace('-', ' ').strip().replaceAll(" +", " ");
        if (words.isEmpty()) {
            return code == null ? "" : code;
        }
        return words.substring(0, 1).toUpperCase(Locale.FRENCH) + words.substring(1);
    }
}
