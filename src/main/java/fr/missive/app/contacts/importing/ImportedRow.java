package fr.missive.app.contacts.importing;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cleaned values of one record, holding only what the file's mapping provides, so that
 * updating a known contact changes the mapped fields and keeps the others.
 *
 * @param text        the single-line fields that are mapped (names, title, class, postcode…)
 * @param streetLines the address lines, or {@code null} when no address line is mapped
 * @param emailMapped whether the file has an e-mail column; {@code email} is then the address
 *                    of the record, {@code null} when empty or invalid
 * @param consent     {@code null} when the file has no consent column
 * @param custom      the custom fields; an empty value removes the field from a known contact
 */
record ImportedRow(int line, ContactKind kind, Map<ContactField, String> text, List<String> streetLines,
                   boolean emailMapped, EmailAddress email, Boolean consent, Map<String, String> custom) {

    String firstName() {
        return text.getOrDefault(ContactField.FIRST_NAME, "");
    }

    String lastName() {
        return text.getOrDefault(ContactField.LAST_NAME, "");
    }

    /**
     * The contact this record describes: {@code existing} with the mapped fields replaced, or a
     * new contact when {@code existing} is {@code null}. A consent that did not change keeps
     * its original date and source, which is the proof of when it was given.
     */
    Contact applyTo(Contact existing, LocalDate today, String source) {
        Contact base = existing != null ? existing
                : new Contact(null, kind, "", "", "", "", PostalAddress.EMPTY, null, Consent.refused(today, source),
                        Map.of());
        PostalAddress a = base.address();
        PostalAddress address = new PostalAddress(streetLines != null ? streetLines : a.lines(),
                pick(ContactField.POSTCODE, a.postcode()), pick(ContactField.CITY, a.city()),
                pick(ContactField.COUNTRY, a.country()));
        Consent newConsent = base.consent();
        if (consent != null && (existing == null || existing.consent().accepts() != consent)) {
            newConsent = new Consent(consent, today, source);
        }
        Map<String, String> fields = new LinkedHashMap<>(base.custom());
        custom.forEach((name, value) -> {
            if (value.isEmpty()) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        return new Contact(base.id(), kind, pick(ContactField.TITLE, base.title()),
                pick(ContactField.FIRST_NAME, base.firstName()), pick(ContactField.LAST_NAME, base.lastName()),
                pick(ContactField.CLASS_NAME, base.className()), address, emailMapped ? email : base.email(),
                newConsent, fields);
    }

    private String pick(ContactField field, String old) {
        String value = text.get(field);
        return value != null ? value : old;
    }
}
