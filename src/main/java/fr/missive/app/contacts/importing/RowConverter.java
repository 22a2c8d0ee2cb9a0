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
    /** The file has the pupil's names in columns of their own: each row is one of the pupil's guardians. */
    private final boolean rowPerGuardian;
    /** The file names the guardian in one cell: the address, e-mail and consent columns are theirs. */
    private final boolean nameColumn;

    /** A record's contact and the guardians it names; rank 0 means "the next free rank". */
    record PupilRow(ImportedRow pupil, List<RankedGuardian> guardians) {
    }

    record RankedGuardian(int rank, ImportedRow guardian) {
    }

    RowConverter(ColumnMapping mapping, ContactKind defaultKind) {
        this.mapping = mapping;
        this.defaultKind = defaultKind;
        this.streetMapped = mapping.targets().stream().anyMatch(ContactField::isAddressLine);
        this.rowPerGuardian = hasPupilColumns(mapping);
        this.nameColumn = !rowPerGuardian && mapping.maps(ContactField.GUARDIAN_NAME);
    }

    static boolean hasPupilColumns(ColumnMapping mapping) {
        return mapping.maps(ContactField.PUPIL_LAST_NAME) || mapping.maps(ContactField.PUPIL_FIRST_NAME);
    }

    boolean rowPerGuardian() {
        return rowPerGuardian;
    }

    /** Whether the e-mail column is the address of the row's own contact, not of a guardian. */
    boolean emailIsTheContacts() {
        return !rowPerGuardian && !nameColumn && mapping.maps(ContactField.EMAIL);
    }

    /**
     * The record's values, or empty when it cannot be imported; either way {@code issues}
     * receives what the user should know about it. The guardians of the record, if any, are left
     * out: see {@link #convertWithGuardians}.
     */
    Optional<ImportedRow> convert(CsvRow row, List<RowIssue> issues) {
        return convertWithGuardians(row, issues).map(PupilRow::pupil);
    }

    /**
     * The record's pupil (or plain contact) and the guardians the record names, or empty when it
     * cannot be imported; {@code issues} receives what the user should know about it.
     */
    Optional<PupilRow> convertWithGuardians(CsvRow row, List<RowIssue> issues) {
        Map<ContactField, String> text = new EnumMap<>(ContactField.class);
        String[] streetCells = new String[PostalAddress.MAX_LINES];
        Map<String, String> custom = new LinkedHashMap<>();
        List<Map<GuardianPart, String>> groups = new ArrayList<>(List.of(new EnumMap<>(GuardianPart.class),
                new EnumMap<>(GuardianPart.class)));
        String emailCell = "";
        String consentCell = null;
        String kindCell = "";
        String rankCell = "";
        for (int column = 0; column < mapping.size(); column++) {
            String raw = row.value(column);
            ContactField field = mapping.target(column);
            if (field.guardianRank() > 0) {
                groups.get(field.guardianRank() - 1).put(field.guardianPart(), raw);
                continue;
            }
            switch (field) {
                case IGNORE -> { }
                case CUSTOM -> custom.put(mapping.customName(column), multiLine(raw));
                case ADDRESS_LINE_1 -> streetCells[0] = raw;
                case ADDRESS_LINE_2 -> streetCells[1] = raw;
                case ADDRESS_LINE_3 -> streetCells[2] = raw;
                case EMAIL -> emailCell = raw;
                case CONSENT -> consentCell = raw;
                case KIND -> kindCell = raw;
                case GUARDIAN_RANK -> rankCell = raw;
                default -> text.put(field, Folding.singleLine(raw));
            }
        }
        boolean mainNamed = !text.getOrDefault(ContactField.FIRST_NAME, "").isEmpty()
                || !text.getOrDefault(ContactField.LAST_NAME, "").isEmpty();
        boolean pupilNamed = !text.getOrDefault(ContactField.PUPIL_FIRST_NAME, "").isEmpty()
                || !text.getOrDefault(ContactField.PUPIL_LAST_NAME, "").isEmpty();
        if (rowPerGuardian ? !pupilNamed : !mainNamed) {
            issues.add(new RowIssue(row.line(), RowIssue.Severity.REJECTED,
                    UserMessage.of(rowPerGuardian ? "import.noPupilName" : "import.noName")));
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
        List<RankedGuardian> guardians = new ArrayList<>(2);
        for (int rank = 1; rank <= groups.size(); rank++) {
            Optional<RowIssue> refused = group(row.line(), rank, groups.get(rank - 1), guardians, corrections);
            if (refused.isPresent()) {
                issues.add(refused.get());
                return Optional.empty();
            }
        }
        ImportedRow pupil;
        if (rowPerGuardian) {
            Map<ContactField, String> pupilText = new EnumMap<>(ContactField.class);
            if (mapping.maps(ContactField.PUPIL_FIRST_NAME)) {
                pupilText.put(ContactField.FIRST_NAME, text.get(ContactField.PUPIL_FIRST_NAME));
            }
            if (mapping.maps(ContactField.PUPIL_LAST_NAME)) {
                pupilText.put(ContactField.LAST_NAME, text.get(ContactField.PUPIL_LAST_NAME));
            }
            String className = text.remove(ContactField.CLASS_NAME);
            if (className != null) {
                pupilText.put(ContactField.CLASS_NAME, className);
            }
            pupil = new ImportedRow(row.line(), ContactKind.PUPIL, pupilText, null, false, null, null, Map.of());
            if (mainNamed) {
                guardians.add(0, new RankedGuardian(rank(row.line(), rankCell, corrections), new ImportedRow(
                        row.line(), ContactKind.GUARDIAN, text, street, mapping.maps(ContactField.EMAIL), email,
                        consent, custom)));
            }
        } else if (nameColumn) {
            Map<ContactField, String> pupilText = new EnumMap<>(text);
            Map<ContactField, String> guardianText = new EnumMap<>(ContactField.class);
            for (ContactField f : List.of(ContactField.POSTCODE, ContactField.CITY, ContactField.COUNTRY)) {
                String value = pupilText.remove(f);
                if (value != null) {
                    guardianText.put(f, value);
                }
            }
            pupil = new ImportedRow(row.line(), kind(row.line(), kindCell, corrections), pupilText, null, false,
                    null, null, custom);
            GuardianName name = GuardianName.parse(text.getOrDefault(ContactField.GUARDIAN_NAME, ""),
                    text.get(ContactField.LAST_NAME));
            if (!name.firstName().isEmpty() || !name.lastName().isEmpty()) {
                guardianText.put(ContactField.TITLE, name.title());
                guardianText.put(ContactField.FIRST_NAME, name.firstName());
                guardianText.put(ContactField.LAST_NAME, name.lastName());
                guardians.add(0, new RankedGuardian(1, new ImportedRow(row.line(), ContactKind.GUARDIAN,
                        guardianText, street, mapping.maps(ContactField.EMAIL), email, consent, Map.of())));
            }
        } else {
            pupil = new ImportedRow(row.line(), kind(row.line(), kindCell, corrections), text, street,
                    mapping.maps(ContactField.EMAIL), email, consent, custom);
        }
        issues.addAll(corrections);
        return Optional.of(new PupilRow(pupil, guardians));
    }

    /**
     * The guardian of one column group ("… resp. 1"), added to {@code guardians} unless the group
     * is empty; a group with values but no name is left out and said so.
     *
     * @return the reason the whole record is refused (a value too long), if so
     */
    private Optional<RowIssue> group(int line, int rank, Map<GuardianPart, String> cells,
                                     List<RankedGuardian> guardians, List<RowIssue> corrections) {
        if (cells.isEmpty() || cells.values().stream().allMatch(Folding::isBlank)) {
            return Optional.empty();
        }
        Map<ContactField, String> text = new EnumMap<>(ContactField.class);
        String[] streetCells = new String[PostalAddress.MAX_LINES];
        boolean street = false;
        Map<String, String> custom = new LinkedHashMap<>();
        for (Map.Entry<GuardianPart, String> cell : cells.entrySet()) {
            ContactField field = cell.getKey().field();
            String value = Folding.singleLine(cell.getValue());
            int max = ContactField.ofGuardian(rank, cell.getKey()).maxLength();
            if (max > 0 && value.length() > max) {
                return Optional.of(tooLongIssue(line, Excerpt.of(headerOf(ContactField.ofGuardian(rank,
                        cell.getKey()))), max));
            }
            switch (cell.getKey()) {
                case ADDRESS_LINE_1, ADDRESS_LINE_2, ADDRESS_LINE_3 -> {
                    streetCells[field.ordinal() - ContactField.ADDRESS_LINE_1.ordinal()] = cell.getValue();
                    street = true;
                }
                case PHONE -> custom.put(GuardianPart.PHONE_FIELD, value);
                case EMAIL, CONSENT -> { }
                default -> text.put(field, value);
            }
        }
        if (text.getOrDefault(ContactField.FIRST_NAME, "").isEmpty()
                && text.getOrDefault(ContactField.LAST_NAME, "").isEmpty()) {
            corrections.add(corrected(line, "import.guardianNoName", rank));
            return Optional.empty();
        }
        boolean emailMapped = cells.containsKey(GuardianPart.EMAIL);
        EmailAddress email = emailMapped ? email(line, cells.get(GuardianPart.EMAIL), corrections) : null;
        String consentCell = cells.get(GuardianPart.CONSENT);
        Boolean consent = consentCell == null ? null : consent(line, consentCell, corrections);
        guardians.add(new RankedGuardian(rank, new ImportedRow(line, ContactKind.GUARDIAN, text,
                street ? streetLines(line, streetCells, corrections) : null, emailMapped, email, consent, custom)));
        return Optional.empty();
    }

    /** The guardian's rank of a row per guardian; 0 (the next free one) when absent or unreadable. */
    private static int rank(int line, String cell, List<RowIssue> corrections) {
        String digits = Folding.word(cell);
        if (digits.isEmpty()) {
            return 0;
        }
        if (digits.length() <= 2 && digits.chars().allMatch(Character::isDigit) && Integer.parseInt(digits) > 0) {
            return Integer.parseInt(digits);
        }
        corrections.add(corrected(line, "import.rankUnknown", Excerpt.of(cell)));
        return 0;
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
