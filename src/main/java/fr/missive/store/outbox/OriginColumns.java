package fr.missive.store.outbox;

import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.outbox.MailOrigin.ContactRef;
import java.util.ArrayList;
import java.util.List;

/** The {@code template_name} and {@code contacts} columns of {@code outbox_message}: one "id TAB name" per line. */
public final class OriginColumns {

    static final int TEMPLATE_MAX = 500;
    static final int CONTACTS_MAX = 16_000;
    static final int ABOUT_MAX = 1_000;

    private OriginColumns() {
    }

    public static String template(MailOrigin origin) {
        return origin.template() == null ? null : cut(origin.template(), TEMPLATE_MAX);
    }

    public static String contacts(MailOrigin origin) {
        if (origin.contacts().isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (ContactRef c : origin.contacts()) {
            String line = c.id() + "\t" + c.name();
            if (text.length() + line.length() + 1 > CONTACTS_MAX) {
                break;
            }
            text.append(text.length() == 0 ? "" : "\n").append(line);
        }
        return text.toString();
    }

    /** The {@code about_contact} column: the pupil a letter to their guardians is about, "id TAB name". */
    public static String about(MailOrigin origin) {
        return origin.about() == null ? null : cut(origin.about().id() + "\t" + origin.about().name(), ABOUT_MAX);
    }

    /** The origin of a message from its three columns. */
    public static MailOrigin origin(String template, String contacts, String about) {
        MailOrigin origin = origin(template, contacts);
        List<ContactRef> pupil = origin(null, about).contacts();
        return pupil.isEmpty() ? origin : new MailOrigin(origin.template(), origin.contacts(), pupil.get(0));
    }

    public static MailOrigin origin(String template, String contacts) {
        List<ContactRef> refs = new ArrayList<>();
        if (contacts != null && !contacts.isEmpty()) {
            for (String line : contacts.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    try {
                        refs.add(new ContactRef(Long.parseLong(line.substring(0, tab)), line.substring(tab + 1)));
                    } catch (NumberFormatException e) {
                        // A line this class did not write: skipped rather than failing the whole log.
                    }
                }
            }
        }
        return new MailOrigin(template, refs);
    }

    /** The LIKE pattern that narrows the rows mentioning the contact; {@link #origin} decides. */
    public static String contactPattern(long contactId) {
        return "%" + contactId + "\t%";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
