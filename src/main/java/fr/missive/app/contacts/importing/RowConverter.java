package fr.missive.app.contacts.importing;

import fr.missive.model.text.Excerpt;

import fr.missive.model.text.Folding;

import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one CSV record into an {@link ImportedRow} according to the mapping: trims and cleans
 * the values, reads the e-mail address, consent and kind, and says what it had to correct or
 * why the record cannot be imported.
 */
final class RowConverter {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[;,\\s]+");

    private final ColumnMapping mapping;
    private final ContactKind defaultKind;
    private final boolean streetMapped;

    RowConverter(ColumnMapping mapping, ContactKind defaultKind) {
        this.mapping = mapping;
        this.defaultKind = defaultKind;
        this.streetMapped = mapping.targets().stream().anyMatch(ContactField::isAddressLine);
    }

    /**
     * The record's values, or empty when it cannot be imported; either way {@code issues}
     * receives what the user should know about it.
     */
    Optional<ImportedRow> convert(CsvRow row, List<RowIssue> issues) {
        Map<ContactField, String> text = new EnumMap<>(ContactField.class);
        String[] streetCells = new String[PostalAddress.MAX_LINES];
        Map<String, String> custom = new LinkedHashMap<>();
        String emailCell = "";
        String consentCell = null;
        String kindCell = "";
        for (int column = 0; column < mapping.size(); column++) {
            String raw = row.value(column);
            ContactField field = mapping.target(column);
            switch (field) {
                case IGNORE -> { }
                case CUSTOM -> custom.put(mapping.customName(column), multiLine(raw));
                case ADDRESS_LINE_1 -> streetCells[0] = raw;
                case ADDRESS_LINE_2 -> streetCells[1] = raw;
                case ADDRESS_LINE_3 -> streetCells[2] = raw;
                case EMAIL -> emailCell = raw;
                case CONSENT -> consentCell = raw;
                case KIND -> kindCell = raw;
                default -> text.put(field, Folding.singleLine(raw));
            }
        }
        if (text.getOrDefault(ContactField.FIRST_NAME, "").isEmpty()
                && text.getOrDefault(ContactField.LAST_NAME, "").isEmpty()) {
            issues.add(new RowIssue(row.line(), RowIssue.Severity.REJECTED, UserMessage.of("import.noName")));
            return Optional.empty();
        }
        List<RowIssue> corrections = new ArrayList<>();
        List<String> street = streetMapped ? streetLines(row.line(), streetCells, corrections) : null;
        Optional<RowIssue> tooLong = tooLong(row.line(), text, street, custom);
        if (tooLong.isPresent()) {
            issues.add(tooLong.get());
            return Optional.empty();
        }
        checkExtraValues(row, corrections);
        EmailAddress email = email(row.line(), emailCell, corrections);
        Boolean consent = consentCell == null ? null : consent(row.line(), consentCell, corrections);
        ContactKind kind = kind(row.line(), kindCell, corrections);
        issues.addAll(corrections);
        return Optional.of(new ImportedRow(row.line(), kind, text, street, mapping.maps(ContactField.EMAIL), email,
                consent, custom));
    }

    /** Custom fields may hold several lines (a remark); only Windows line ends are unified. */
    private static String multiLine(String raw) {
        String unified = raw.indexOf('\r') < 0 ? raw : LINE_BREAK.matcher(raw).replaceAll("\n");
        return unified.strip();
    }

    /**
     * The street lines of the record in field order. A quoted cell with line breaks ("4 place
     * Œuvre⏎Résidence Les Pins") gives one line each, as on an envelope; lines beyond what an
     * envelope window holds are joined onto the last one.
     */
    private static List<String> streetLines(int line, String[] cells, List<RowIssue> corrections) {
        List<String> lines = new ArrayList<>();
        for (String cell : cells) {
            if (cell != null) {
                boolean severalLines = cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
                for (String part : severalLines ? LINE_BREAK.split(cell) : new String[] {cell}) {
                    String clean = Folding.singleLine(part);
                    if (!clean.isEmpty()) {
                        lines.add(clean);
                    }
                }
            }
        }
        if (lines.size() > PostalAddress.MAX_LINES) {
            int last = PostalAddress.MAX_LINES - 1;
            String joined = String.join(", ", lines.subList(last, lines.size()));
            lines = new ArrayList<>(lines.subList(0, last));
            lines.add(joined);
            corrections.add(corrected(line, "import.addressJoined", PostalAddress.MAX_LINES));
        }
        return lines;
    }

    private Optional<RowIssue> tooLong(int line, Map<ContactField, String> text, List<String> street,
                                       Map<String, String> custom) {
        for (Map.Entry<ContactField, String> e : text.entrySet()) {
            if (e.getValue().length() > e.getKey().maxLength()) {
                return Optional.of(tooLongIssue(line, Excerpt.of(headerOf(e.getKey())), e.getKey().maxLength()));
            }
        }
        if (street != null) {
            for (String s : street) {
                if (s.length() > ContactField.ADDRESS_LINE_1.maxLength()) {
                    return Optional.of(tooLongIssue(line, Excerpt.of(headerOf(firstStreetField())),
                            ContactField.ADDRESS_LINE_1.maxLength()));
                }
            }
        }
        for (Map.Entry<String, String> e : custom.entrySet()) {
            if (e.getValue().length() > ContactField.CUSTOM.maxLength()) {
                return Optional.of(tooLongIssue(line, Excerpt.of(e.getKey()), ContactField.CUSTOM.maxLength()));
            }
        }
        return Optional.empty();
    }

    private ContactField firstStreetField() {
        return mapping.targets().stream().filter(ContactField::isAddressLine).findFirst().orElseThrow();
    }

    private String headerOf(ContactField field) {
        return mapping.headers().get(mapping.columnOf(field).orElseThrow());
    }

    private static RowIssue corrected(int line, String key, Object... args) {
        return new RowIssue(line, RowIssue.Severity.CORRECTED, UserMessage.of(key, args));
    }

    private static RowIssue tooLongIssue(int line, String header, int max) {
        return new RowIssue(line, RowIssue.Severity.REJECTED, UserMessage.of("import.tooLong", header, max));
    }

    /** Values beyond the last header have no column to go to; say so when they hold anything. */
    private void checkExtraValues(CsvRow row, List<RowIssue> corrections) {
        for (int column = mapping.size(); column < row.values().size(); column++) {
            if (!Folding.isBlank(row.values().get(column))) {
                corrections.add(corrected(row.line(), "import.extraValues", row.values().size(), mapping.size()));
                return;
            }
        }
    }

    /**
     * The address of the cell, or {@code null}. An invalid address is left out rather than
     * refusing the whole contact, who can still be written to on paper. Two parents' addresses
     * in one cell keep the first.
     */
    private static EmailAddress email(int line, String cell, List<RowIssue> corrections) {
        String text = Folding.singleLine(cell);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return EmailAddress.parse(text);
        } catch (EmailAddress.InvalidEmailAddressException e) {
            String[] parts = ADDRESS_SEPARATORS.split(text);
            boolean severalValid = parts.length > 1;
            for (String part : parts) {
                severalValid &= EmailAddress.isValid(part);
            }
            if (severalValid) {
                EmailAddress first = EmailAddress.parse(parts[0]);
                corrections.add(corrected(line, "import.emailFirstKept", first.toString(), Excerpt.of(text)));
                return first;
            }
            corrections.add(corrected(line, "import.emailDropped." + e.problem().name(), Excerpt.of(text)));
            return null;
        }
    }

    private static boolean consent(int line, String cell, List<RowIssue> corrections) {
        Optional<Boolean> accepts = CellWords.consent(cell);
        if (accepts.isEmpty()) {
            corrections.add(corrected(line, "import.consentUnknown", Excerpt.of(cell)));
            return false;
        }
        return accepts.get();
    }

    private ContactKind kind(int line, String cell, List<RowIssue> corrections) {
        if (Folding.isBlank(cell)) {
            return defaultKind;
        }
        Optional<ContactKind> kind = CellWords.kind(cell);
        if (kind.isEmpty()) {
            corrections.add(corrected(line, "import.kindUnknown", Excerpt.of(cell)));
            return defaultKind;
        }
        return kind.get();
    }
}
