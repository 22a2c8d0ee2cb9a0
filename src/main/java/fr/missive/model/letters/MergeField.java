package fr.missive.model.letters;

import java.util.List;

/**
 * The merge fields every letter knows, written {@code {{name}}} in a template. Custom fields of
 * a contact (extra CSV columns) come in addition, named by {@link MergeValues#customFieldName}.
 * The UI shows each field by the label found under {@link #labelKey()}.
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
