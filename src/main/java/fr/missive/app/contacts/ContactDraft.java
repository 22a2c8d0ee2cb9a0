package fr.missive.app.contacts;

import fr.missive.model.contacts.ContactKind;
import java.util.List;
import java.util.Map;

/**
 * A contact as typed in the edit form: plain strings, checked by {@link ContactService}.
 *
 * @param id {@code null} for a new contact
 */
public record ContactDraft(Long id, ContactKind kind, String title, String firstName, String lastName,
                           String className, List<String> addressLines, String postcode, String city,
                           String country, String email, boolean consent, Map<String, String> custom) {

    public ContactDraft {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        custom = custom == null ? Map.of() : custom;
    }
}
