package fr.missive.app.contacts.importing;

/**
 * One value of a pupil's guardian in a row that lists the guardians' columns ("Nom resp. 1",
 * "Legal guardian 2 e-mail"): the field of the guardian's contact it fills.
 */
enum GuardianPart {
    TITLE,
    LAST_NAME,
    FIRST_NAME,
    ADDRESS_LINE_1,
    ADDRESS_LINE_2,
    ADDRESS_LINE_3,
    POSTCODE,
    CITY,
    COUNTRY,
    EMAIL,
    /** Contacts have no phone field: kept as the guardian's extra field {@link #PHONE_FIELD}. */
    PHONE,
    CONSENT;

    /** The name of the extra field that keeps a guardian's phone number. */
    static final String PHONE_FIELD = "Téléphone";

    /**
     * The field of the guardian's own contact; CUSTOM for the phone. (A method, not a constructor
     * argument: the two enums refer to each other and either may be loaded first.)
     */
    ContactField field() {
        return switch (this) {
            case TITLE -> ContactField.TITLE;
            case LAST_NAME -> ContactField.LAST_NAME;
            case FIRST_NAME -> ContactField.FIRST_NAME;
            case ADDRESS_LINE_1 -> ContactField.ADDRESS_LINE_1;
            case ADDRESS_LINE_2 -> ContactField.ADDRESS_LINE_2;
            case ADDRESS_LINE_3 -> ContactField.ADDRESS_LINE_3;
            case POSTCODE -> ContactField.POSTCODE;
            case CITY -> ContactField.CITY;
            case COUNTRY -> ContactField.COUNTRY;
            case EMAIL -> ContactField.EMAIL;
            case PHONE -> ContactField.CUSTOM;
            case CONSENT -> ContactField.CONSENT;
        };
    }
}
