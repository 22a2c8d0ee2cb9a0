package fr.missive.model.outbox;

import java.util.List;
import java.util.Objects;

/**
 * Where a queued e-mail comes from, kept in the sent log so that "did the letter to this family
 * leave?" can be answered by the letter's name and the family's name.
 *
 * @param template the standard letter's name, or null for a message typed by hand
 * @param contacts the contacts the message concerns (usually the one it is addressed to)
 * @param about    the pupil a letter to their guardians is about; null for a message written to
 *                 the contact it concerns
 */
public record MailOrigin(String template, List<ContactRef> contacts, ContactRef about) {

    /** A message typed for free addresses, about no known contact. */
    public static final MailOrigin NONE = new MailOrigin(null, List.of());

    public MailOrigin {
        template = template == null || template.isBlank() ? null : template.strip();
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
    }

    /** A message about the contacts it is addressed to. */
    public MailOrigin(String template, List<ContactRef> contacts) {
        this(template, contacts, null);
    }

    public static MailOrigin of(String template, ContactRef contact) {
        return new MailOrigin(template, contact == null ? List.of() : List.of(contact));
    }

    public boolean isEmpty() {
        return template == null && contacts.isEmpty() && about == null;
    }

    /** The name of the pupil the message is about, or empty. */
    public String aboutName() {
        return about == null ? "" : about.name();
    }

    /** True when the message names this contact: as an addressee or as the pupil it is about. */
    public boolean concerns(long contactId) {
        return (about != null && about.id() == contactId) || contacts.stream().anyMatch(c -> c.id() == contactId);
    }

    /** The contacts' names, separated by commas. */
    public String contactNames() {
        return String.join(", ", contacts.stream().map(ContactRef::name).toList());
    }

    /**
     * A contact as the log keeps it: the id links to the contact while it exists, the name
     * stays readable after it is deleted (until its data is purged from the log).
     */
    public record ContactRef(long id, String name) {

        public ContactRef {
            Objects.requireNonNull(name, "name");
            name = name.replaceAll("[\\t\\r\\n]+", " ").strip();
        }
    }
}
