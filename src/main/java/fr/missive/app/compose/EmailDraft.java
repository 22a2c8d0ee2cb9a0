package fr.missive.app.compose;

import fr.missive.model.contacts.Contact;
import fr.missive.model.mail.Attachment;
import java.util.List;
import java.util.Locale;

/**
 * An e-mail to several people as the form holds it: each recipient will get their own copy,
 * its merge fields filled with their values.
 *
 * @param otherAddresses free addresses typed in, separated by commas, semicolons or line breaks
 * @param signature      the signature text put under the body, possibly changed for this message
 * @param language       the language of {@code {{today}}}
 */
public record EmailDraft(String accountName, List<Contact> contacts, String otherAddresses, String subject,
                         String body, String signature, List<Attachment> attachments, Locale language) {

    public EmailDraft {
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
        otherAddresses = otherAddresses == null ? "" : otherAddresses;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        signature = signature == null ? "" : signature;
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        language = language == null ? Locale.FRENCH : language;
    }
}
