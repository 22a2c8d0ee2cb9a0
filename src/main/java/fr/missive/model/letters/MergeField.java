package fr.missive.model.letters;

import java.util.List;

/**
 * The merge fields every letter knows, written {@code {{name}}} in a template. Custom fields of
 * a contact (extra CSV columns) come in addition, named by {@link MergeValues#customFieldName}.
 * The contact fields ({@code first_name}, {@code class}…) are those of the contact the letter is
 * about; the {@code addressee_…} fields those of whom it is written to (the same contact, or a
 * pupil's legal guardian). The UI shows each field by the label found under {@link #labelKey()}.
 */
public enum MergeField {
    TITLE("title"),
    FIRST_NAME("first_name"),
    LAST_NAME("last_name"),
    FULL_NAME("full_name"),
    CLASS("class"),
    ADDRESS_1("address_1"),
    ADDRESS_2("address_2"),
    ADDRESS_3("address_3"),
    POSTCODE("postcode"),
    CITY("city"),
    COUNTRY("country"),
    EMAIL("email"),
    // Whom the letter is written to: the contact themselves, or the pupil's guardian(s).
    ADDRESSEE_TITLE("addressee_title"),
    ADDRESSEE_FIRST_NAME("addressee_first_name"),
    ADDRESSEE_LAST_NAME("addressee_last_name"),
    ADDRESSEE_FULL_NAME("addressee_full_name"),
    INSTITUTION_NAME("institution_name"),
    INSTITUTION_ADDRESS("institution_address"),
    INSTITUTION_POSTCODE("institution_postcode"),
    INSTITUTION_CITY("institution_city"),
    INSTITUTION_PHONE("institution_phone"),
    SENDER_NAME("sender_name"),
    SENDER_FUNCTION("sender_function"),
    TODAY("today");

    private final String fieldName;

    MergeField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name written between the braces. */
    public String fieldName() {
        return fieldName;
    }

    /** Key of the human label in the messages bundle. */
    public String labelKey() {
        return "letters.field." + fieldName;
    }

    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(MergeField::fieldName).toList();
    }
}
