package fr.missive.model.institution;

import fr.missive.model.contacts.PostalAddress;
import java.util.Objects;

/**
 * The school this PC belongs to, as it appears on letterheads and in the From name of e-mail.
 *
 * @param senderName default sender name for e-mail ("Collège Jean Moulin – Secrétariat")
 */
public record Institution(String name, PostalAddress address, String phone, String senderName) {

    public Institution {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        address = address == null ? PostalAddress.EMPTY : address;
        phone = phone == null ? "" : phone.strip();
        senderName = senderName == null || senderName.isBlank() ? name : senderName.strip();
    }
}
