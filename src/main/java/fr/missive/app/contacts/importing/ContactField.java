package fr.missive.app.contacts.importing;

import fr.missive.model.text.Folding;

import fr.missive.app.contacts.ContactService;

import java.util.Optional;

/**
 * What a CSV column is imported into. The code is the stable word the command line accepts
 * ({@code --map "Prénom=firstName"}); the maximum length matches the database column, so a
 * value that would not fit is caught on its line instead of failing the whole import.
 */
public enum ContactField {
    TITLE("title", 50),
    FIRST_NAME("firstName", 200),
    LAST_NAME("lastName", 200),
    CLASS_NAME("className", 200),
    ADDRESS_LINE_1("address1", 300),
    ADDRESS_LINE_2("address2", 300),
    ADDRESS_LINE_3("address3", 300),
    POSTCODE("postcode", 20),
    CITY("city", 200),
    COUNTRY("country", 100),
    EMAIL("email", 320),
    CONSENT("consent", 0),
    KIND("kind", 0),
    /** A guardian's whole name in one cell ("Mme Claire DURAND"): the row's address and e-mail are theirs. */
    GUARDIAN_NAME("guardianName", 400),
    /** In a row per guardian, the names of the pupil the guardian is responsible for. */
    PUPIL_LAST_NAME("pupilLastName", 200),
    PUPIL_FIRST_NAME("pupilFirstName", 200),
    /** In a row per guardian, their place among the pupil's guardians (1, 2…). */
    GUARDIAN_RANK("guardianRank", 0),
    // The columns of guardian 1 in a row per pupil.
    GUARDIAN_1_TITLE("guardian1.title", 50, 1, GuardianPart.TITLE),
    GUARDIAN_1_LAST_NAME("guardian1.lastName", 200, 1, GuardianPart.LAST_NAME),
    GUARDIAN_1_FIRST_NAME("guardian1.firstName", 200, 1, GuardianPart.FIRST_NAME),
    GUARDIAN_1_ADDRESS_LINE_1("guardian1.address1", 300, 1, GuardianPart.ADDRESS_LINE_1),
    GUARDIAN_1_ADDRESS_LINE_2("guardian1.address2", 300, 1, GuardianPart.ADDRESS_LINE_2),
    GUARDIAN_1_ADDRESS_LINE_3("guardian1.address3", 300, 1, GuardianPart.ADDRESS_LINE_3),
    GUARDIAN_1_POSTCODE("guardian1.postcode", 20, 1, GuardianPart.POSTCODE),
    GUARDIAN_1_CITY("guardian1.city", 200, 1, GuardianPart.CITY),
    GUARDIAN_1_COUNTRY("guardian1.country", 100, 1, GuardianPart.COUNTRY),
    GUARDIAN_1_EMAIL("guardian1.email", 320, 1, GuardianPart.EMAIL),
    GUARDIAN_1_PHONE("guardian1.phone", 100, 1, GuardianPart.PHONE),
    GUARDIAN_1_CONSENT("guardian1.consent", 0, 1, GuardianPart.CONSENT),
    // The columns of guardian 2 in a row per pupil.
    GUARDIAN_2_TITLE("guardian2.title", 50, 2, GuardianPart.TITLE),
    GUARDIAN_2_LAST_NAME("guardian2.lastName", 200, 2, GuardianPart.LAST_NAME),
    GUARDIAN_2_FIRST_NAME("guardian2.firstName", 200, 2, GuardianPart.FIRST_NAME),
    GUARDIAN_2_ADDRESS_LINE_1("guardian2.address1", 300, 2, GuardianPart.ADDRESS_LINE_1),
    GUARDIAN_2_ADDRESS_LINE_2("guardian2.address2", 300, 2, GuardianPart.ADDRESS_LINE_2),
    GUARDIAN_2_ADDRESS_LINE_3("guardian2.address3", 300, 2, GuardianPart.ADDRESS_LINE_3),
    GUARDIAN_2_POSTCODE("guardian2.postcode", 20, 2, GuardianPart.POSTCODE),
    GUARDIAN_2_CITY("guardian2.city", 200, 2, GuardianPart.CITY),
    GUARDIAN_2_COUNTRY("guardian2.country", 100, 2, GuardianPart.COUNTRY),
    GUARDIAN_2_EMAIL("guardian2.email", 320, 2, GuardianPart.EMAIL),
    GUARDIAN_2_PHONE("guardian2.phone", 100, 2, GuardianPart.PHONE),
    GUARDIAN_2_CONSENT("guardian2.consent", 0, 2, GuardianPart.CONSENT),
    /** Kept as a named extra field of the contact, under the column's header. */
    CUSTOM("custom", ContactService.MAX_CUSTOM_VALUE),
    IGNORE("ignore", 0);

    /** The longest header kept as the name of a custom field. */
    public static final int MAX_CUSTOM_NAME = ContactService.MAX_CUSTOM_NAME;

    private final String code;
    private final int maxLength;
    private final int guardianRank;
    private final GuardianPart guardianPart;

    ContactField(String code, int maxLength) {
        this(code, maxLength, 0, null);
    }

    ContactField(String code, int maxLength, int guardianRank, GuardianPart guardianPart) {
        this.code = code;
        this.maxLength = maxLength;
        this.guardianRank = guardianRank;
        this.guardianPart = guardianPart;
    }

    /** The guardian (1, 2) whose column group this field belongs to; 0 for any other field. */
    public int guardianRank() {
        return guardianRank;
    }

    /** What this column gives the guardian of {@link #guardianRank()}; {@code null} for other fields. */
    GuardianPart guardianPart() {
        return guardianPart;
    }

    /** The field of guardian {@code rank}'s column group that fills {@code part}. */
    static ContactField ofGuardian(int rank, GuardianPart part) {
        for (ContactField f : values()) {
            if (f.guardianRank == rank && f.guardianPart == part) {
                return f;
            }
        }
        throw new IllegalArgumentException("no column group for guardian " + rank);
    }

    /** The word used on the command line, e.g. {@code firstName}. */
    public String code() {
        return code;
    }

    /** The bundle key of the name shown in the mapping combo boxes. */
    public String labelKey() {
        return "import.field." + code;
    }

    /** The longest value stored; 0 when the value is interpreted rather than stored as text. */
    int maxLength() {
        return maxLength;
    }

    /** False for CUSTOM and IGNORE, which any number of columns may have. */
    public boolean isSingle() {
        return this != CUSTOM && this != IGNORE;
    }

    boolean isAddressLine() {
        return this == ADDRESS_LINE_1 || this == ADDRESS_LINE_2 || this == ADDRESS_LINE_3;
    }

    /**
     * The field of a code or constant name, ignoring case and separators: {@code firstName},
     * {@code first_name} and {@code FIRST_NAME} all work.
     */
    public static Optional<ContactField> fromCode(String code) {
        String wanted = Folding.word(code == null ? "" : code);
        for (ContactField f : values()) {
            if (Folding.word(f.code).equals(wanted) || Folding.word(f.name()).equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
