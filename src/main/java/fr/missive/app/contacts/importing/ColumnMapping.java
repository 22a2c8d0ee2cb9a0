package fr.missive.app.contacts.importing;

import fr.missive.model.text.Excerpt;

import fr.missive.model.text.Folding;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which {@link ContactField} each column of a CSV file goes into. Immutable: the mapping
 * dialog and the {@code --map} option derive new mappings with {@link #with}.
 *
 * <p>A single field (everything but CUSTOM and IGNORE) belongs to one column at most. Giving it
 * to another column turns the column that had it into CUSTOM, so its data is still kept.
 */
public final class ColumnMapping {

    private final List<String> headers;
    private final List<ContactField> targets;
    private final List<String> customNames;

    private ColumnMapping(List<String> headers, List<ContactField> targets) {
        this.headers = List.copyOf(headers);
        this.targets = List.copyOf(targets);
        this.customNames = customNames(this.headers);
    }

    /**
     * The mapping guessed from the headers: known French and English headers go to their field
     * (the first column wins when two name the same field), every other column to CUSTOM so
     * that no data is lost.
     */
    public static ColumnMapping suggest(List<String> headers) {
        Set<ContactField> used = EnumSet.noneOf(ContactField.class);
        List<ContactField> targets = new ArrayList<>(headers.size());
        for (String header : headers) {
            ContactField field = HeaderDictionary.fieldFor(header).filter(used::add).orElse(ContactField.CUSTOM);
            targets.add(field);
        }
        return new ColumnMapping(headers, targets);
    }

    /**
     * The suggestion for {@code headers}, overridden by a command-line specification such as
     * {@code "Courriel responsable=email,Remarques=ignore"}. Headers are matched exactly, then
     * ignoring case and accents; fields by their {@link ContactField#code()}.
     *
     * @throws MissiveException when an entry is malformed, names an unknown header or field,
     *                          or gives a column or a single field twice
     */
    public static ColumnMapping parse(String spec, List<String> headers) {
        ColumnMapping mapping = suggest(headers);
        if (spec == null || spec.isBlank()) {
            return mapping;
        }
        Set<Integer> columnsSeen = new HashSet<>();
        Set<ContactField> fieldsSeen = EnumSet.noneOf(ContactField.class);
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            if (equals <= 0) {
                throw new MissiveException(UserMessage.of("import.map.malformed", entry.strip()));
            }
            String header = entry.substring(0, equals).strip();
            String code = entry.substring(equals + 1).strip();
            int column = mapping.columnNamed(header).orElseThrow(() -> new MissiveException(
                    UserMessage.of("import.map.unknownHeader", Excerpt.of(header),
                            Excerpt.ofList(headers))));
            ContactField field = ContactField.fromCode(code).orElseThrow(() -> new MissiveException(
                    UserMessage.of("import.map.unknownField", code, allCodes())));
            if (!columnsSeen.add(column)) {
                throw new MissiveException(UserMessage.of("import.map.columnTwice", header));
            }
            if (field.isSingle() && !fieldsSeen.add(field)) {
                throw new MissiveException(UserMessage.of("import.map.fieldTwice", field.code()));
            }
            mapping = mapping.with(column, field);
        }
        return mapping;
    }

    private static String allCodes() {
        return Arrays.stream(ContactField.values()).map(ContactField::code).collect(Collectors.joining(", "));
    }

    /** This mapping with {@code column} sent to {@code target}; see the class comment. */
    public ColumnMapping with(int column, ContactField target) {
        Objects.checkIndex(column, targets.size());
        Objects.requireNonNull(target, "target");
        List<ContactField> changed = new ArrayList<>(targets);
        if (target.isSingle()) {
            for (int i = 0; i < changed.size(); i++) {
                if (changed.get(i) == target) {
                    changed.set(i, ContactField.CUSTOM);
                }
            }
        }
        changed.set(column, target);
        return new ColumnMapping(headers, changed);
    }

    private OptionalInt columnNamed(String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equals(header)) {
                return OptionalInt.of(i);
            }
        }
        String folded = Folding.word(header);
        for (int i = 0; i < headers.size(); i++) {
            if (!folded.isEmpty() && Folding.word(headers.get(i)).equals(folded)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public List<String> headers() {
        return headers;
    }

    public List<ContactField> targets() {
        return targets;
    }

    public int size() {
        return targets.size();
    }

    public ContactField target(int column) {
        return targets.get(column);
    }

    /** The column of a single field, if one has it. */
    public OptionalInt columnOf(ContactField field) {
        int i = targets.indexOf(field);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean maps(ContactField field) {
        return targets.contains(field);
    }

    /**
     * The name a CUSTOM column is kept under: its header, or "Column N" when the header is
     * blank, with " (2)", " (3)"… after a header met before, since a contact holds each custom
     * name once.
     */
    public String customName(int column) {
        return customNames.get(column);
    }

    /** The mapping as a {@code --map} value, every column listed. */
    public String toSpec() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            entries.add(headers.get(i).strip() + "=" + targets.get(i).code());
        }
        return String.join(",", entries);
    }

    private static List<String> customNames(List<String> headers) {
        List<String> names = new ArrayList<>(headers.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = Folding.singleLine(headers.get(i));
            String base = header.isEmpty() ? "Column " + (i + 1) : header;
            // Leave room for a " (n)" suffix within the database column.
            base = base.substring(0, Math.min(base.length(), ContactField.MAX_CUSTOM_NAME - 10));
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + " (" + n + ")";
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && headers.equals(other.headers) && targets.equals(other.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, targets);
    }

    @Override
    public String toString() {
        return toSpec();
    }
}
