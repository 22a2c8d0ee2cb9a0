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
    /** Kept as a named extra field of the contact, under the column's header. */
    CUSTOM("custom", ContactService.MAX_CUSTOM_VALUE),
    IGNORE("ignore", 0);

    /** The longest header kept as the name of a custom field. */
    public static final int MAX_CUSTOM_NAME = ContactService.MAX_CUSTOM_NAME;

    private final String code;
    private final int maxLength;

    ContactField(String code, int maxLength) {
        this.code = code;
        this.maxLength = maxLength;
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
