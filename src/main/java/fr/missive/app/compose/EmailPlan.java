package fr.missive.app.compose;

import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import java.util.List;

/**
 * What sending a draft does: one merged message per reachable recipient, and the contacts left
 * out with the reason for each.
 */
public record EmailPlan(List<PersonalMessage> messages, List<Skipped> skipped) {

    public EmailPlan {
        messages = List.copyOf(messages);
        skipped = List.copyOf(skipped);
    }

    /**
     * One recipient's copy, merged, as it will be sent.
     *
     * @param html      the HTML alternative with the formatted signature, or null for plain text only
     * @param contactId the contact it is merged for, or null for a typed address
     */
    public record PersonalMessage(String recipientName, EmailAddress to, String subject, String text, String html,
                                  Long contactId) {

        PersonalMessage about(Long contact) {
            return new PersonalMessage(recipientName, to, subject, text, html, contact);
        }
    }

    /** A contact who will get no e-mail, and why ({@code compose.skipped.*}). */
    public record Skipped(Contact contact, UserMessage reason) {
    }
}
