package fr.missive.model.contacts;

import fr.missive.model.EmailAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person or organisation the secretariat writes to.
 *
 * @param id           database identity, {@code null} until stored
 * @param className    the pupil's class ("3e A") or the contact's organisation
 * @param email        {@code null} when the contact has no usable address
 * @param custom       extra named fields (any extra CSV column), in import order; usable as
 *                     merge fields
 */
public record Contact(
        Long id,
        ContactKind kind,
        String title,
        String firstName,
        String lastName,
        String className,
        PostalAddress address,
        EmailAddress email,
        Consent consent,
        Map<String, String> custom) {

    public Contact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(consent, "consent");
        title = blankToEmpty(title);
        firstName = blankToEmpty(firstName);
        lastName = blankToEmpty(lastName);
        className = blankToEmpty(className);
        address = address == null ? PostalAddress.EMPTY : address;
        // Most contacts have no custom field: one shared empty map rather than one each (an import
        // holds every contact of the file in memory).
        custom = custom == null || custom.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    public Optional<EmailAddress> emailAddress() {
        return Optional.ofNullable(email);
    }

    /** "Océane BÈGUE", or whichever of the two names is known. */
    public String displayName() {
        return (firstName + " " + lastName).strip();
    }

    /** True when a letter to this contact may go by e-mail rather than on paper. */
    public boolean reachableByEmail() {
        return email != null && consent.accepts();
    }

    public Contact withId(Long newId) {
        return new Contact(newId, kind, title, firstName, lastName, className, address, email, consent, custom);
    }
}
