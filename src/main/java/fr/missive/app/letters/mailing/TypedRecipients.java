package fr.missive.app.letters.mailing;

import fr.missive.app.Validator;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Addresses typed in a sending's "Others" box, as recipients of a standard letter. Such a
 * recipient is known by the address only: it is their name in lists and file names, and
 * typing it is the user's word that e-mail is wanted.
 */
public final class TypedRecipients {

    /** The field the errors are reported on. */
    public static final String FIELD = "others";

    private TypedRecipients() {
    }

    /**
     * The recipients of {@code text} (addresses separated by commas, semicolons or line breaks),
     * each once, in the order typed.
     *
     * @throws fr.missive.app.ValidationException on {@link #FIELD} for each address that does not parse
     */
    public static List<Contact> parse(String text, LocalDate today) {
        Validator v = new Validator();
        Set<EmailAddress> addresses = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split("[,;\\n]")) {
            EmailAddress address = v.optionalEmail(FIELD, part.strip());
            if (address != null) {
                addresses.add(address);
            }
        }
        v.throwIfInvalid();
        List<Contact> contacts = new ArrayList<>(addresses.size());
        for (EmailAddress address : addresses) {
            contacts.add(new Contact(null, ContactKind.OTHER, "", "", address.toString(), "", null, address,
                    Consent.given(today, "typed"), Map.of()));
        }
        return contacts;
    }
}
