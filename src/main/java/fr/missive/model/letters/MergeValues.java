package fr.missive.model.letters;

import fr.missive.model.text.ControlCharacters;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.text.Folding;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values of the merge fields for one letter to one recipient: contact fields (custom fields
 * included), institution fields, the sender's name and function, {@code today}, and the
 * letter-specific fields asked for at send time. Later sources override earlier ones, so a
 * letter-specific field may override anything.
 */
public final class MergeValues {

    private final Map<String, String> values;

    private MergeValues(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> value(String fieldName) {
        return Optional.ofNullable(values.get(fieldName));
    }

    public boolean knows(String fieldName) {
        return values.containsKey(fieldName);
    }

    public Map<String, String> asMap() {
        return values;
    }

    /**
     * The field name of a custom (CSV) column: "Responsable légal" → "responsable_legal".
     * Accents and case folded, runs of other characters become one underscore.
     */
    public static String customFieldName(String column) {
        String folded = Folding.name(column);
        StringBuilder name = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && name.length() > 0) {
                    name.append('_');
                }
                name.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return name.toString();
    }

    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder contact(Contact contact) {
            contact.custom().forEach((column, value) -> put(customFieldName(column), value));
            put(MergeField.TITLE, contact.title());
            put(MergeField.FIRST_NAME, contact.firstName());
            put(MergeField.LAST_NAME, contact.lastName());
            put(MergeField.FULL_NAME, contact.displayName());
            put(MergeField.CLASS, contact.className());
            PostalAddress address = contact.address();
            put(MergeField.ADDRESS_1, address.line(0));
            put(MergeField.ADDRESS_2, address.line(1));
            put(MergeField.ADDRESS_3, address.line(2));
            put(MergeField.POSTCODE, address.postcode());
            put(MergeField.CITY, address.city());
            put(MergeField.COUNTRY, address.country());
            put(MergeField.EMAIL, contact.emailAddress().map(Object::toString).orElse(""));
            return this;
        }

        /**
         * Whom the letter is written to: one contact, or guardians sharing one letter ("Madame et
         * Monsieur DURAND"). The contact fields stay those of the contact the letter is about.
         */
        public Builder addressees(java.util.List<Contact> addressees) {
            return addressees(addressees, Locale.FRENCH);
        }

        /** As {@link #addressees(java.util.List)} in a letter written in {@code language}. */
        public Builder addressees(java.util.List<Contact> addressees, Locale language) {
            Addressees names = Addressees.of(addressees, language);
            put(MergeField.ADDRESSEE_TITLE, names.title());
            put(MergeField.ADDRESSEE_FIRST_NAME, names.firstName());
            put(MergeField.ADDRESSEE_LAST_NAME, names.lastName());
            put(MergeField.ADDRESSEE_FULL_NAME, names.fullName());
            return this;
        }

        public Builder institution(Institution institution) {
            put(MergeField.INSTITUTION_NAME, institution.name());
            put(MergeField.INSTITUTION_ADDRESS, String.join(", ", institution.address().lines()));
            put(MergeField.INSTITUTION_POSTCODE, institution.address().postcode());
            put(MergeField.INSTITUTION_CITY, institution.address().city());
            put(MergeField.INSTITUTION_PHONE, institution.phone());
            return this;
        }

        public Builder sender(String name, String function) {
            put(MergeField.SENDER_NAME, name);
            put(MergeField.SENDER_FUNCTION, function);
            return this;
        }

        public Builder today(LocalDate date, Locale locale) {
            put(MergeField.TODAY, LongDate.of(date, locale));
            return this;
        }

        /** A letter-specific field asked for at send time, such as {@code date_rdv}. */
        public Builder field(String name, String value) {
            put(name.strip(), value);
            return this;
        }

        private void put(MergeField field, String value) {
            put(field.fieldName(), value);
        }

        private void put(String name, String value) {
            if (!name.isEmpty()) {
                // Whatever the source (a contact typed before, a field asked at send time), a control
                // character has no place in a letter.
                values.put(name, value == null ? "" : ControlCharacters.remove(value));
            }
        }

        public MergeValues build() {
            return new MergeValues(values);
        }
    }
}
