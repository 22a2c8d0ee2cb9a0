package fr.missive.app.compose;

import fr.missive.model.contacts.Contact;
import fr.missive.model.mail.Attachment;
import fr.missive.model.signatures.Signature;
import java.util.List;
import java.util.Locale;

/**
 * An e-mail to several people as the form holds it: each recipient will get their own copy,
 * its merge fields filled with their values.
 *
 * @param otherAddresses free addresses typed in, separated by commas, semicolons or line breaks
 * @param signature      the signature text put under the body, possibly changed for this message
 * @param language       the language of {@code {{today}}}
 * @param chosenSignature the signature picked, or null; when {@code signature} is still its text,
 *                        its formatted text and image make the HTML copy of each message
 * @param readReceipt     every copy asks for a read receipt (chosen for this sending only)
 */
public record EmailDraft(String accountName, List<Contact> contacts, String otherAddresses, String subject,
                         String body, String signature, List<Attachment> attachments, Locale language,
                         Signature chosenSignature, boolean readReceipt) {

    public EmailDraft(String accountName, List<Contact> contacts, String otherAddresses, String subject,
                      String body, String signature, List<Attachment> attachments, Locale language,
                      Signature chosenSignature) {
        this(accountName, contacts, otherAddresses, subject, body, signature, attachments, language,
                chosenSignature, false);
    }

    public EmailDraft {
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
        otherAddresses = otherAddresses == null ? "" : otherAddresses;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        signature = signature == null ? "" : signature;
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        language = language == null ? Locale.FRENCH : language;
    }

    /** The signature whose formatted text and image go with the message: the chosen one, unless its text was changed. */
    public Signature formattedSignature() {
        return chosenSignature != null && chosenSignature.textForMessage().strip().equals(signature.strip())
                && !signature.isBlank() ? chosenSignature : null;
    }

    /** The same message with the files read. */
    public EmailDraft withAttachments(List<Attachment> files) {
        return new EmailDraft(accountName, contacts, otherAddresses, subject, body, signature, files, language,
                chosenSignature, readReceipt);
    }
}
