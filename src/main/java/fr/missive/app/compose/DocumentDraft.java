package fr.missive.app.compose;

import fr.missive.model.contacts.Contact;
import fr.missive.model.signatures.Signature;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * "Send a document" as the form holds it: files for everyone and/or a folder holding one file
 * per recipient (found by their name), with the message around them.
 *
 * @param files  sent to every recipient; may be empty when a folder is given
 * @param folder the folder of per-recipient files, or null
 * @see EmailDraft for the other fields
 */
public record DocumentDraft(String accountName, List<Contact> contacts, String otherAddresses, List<Path> files,
                            Path folder, String subject, String body, String signature, Locale language,
                            Signature chosenSignature, boolean readReceipt) {

    public DocumentDraft(String accountName, List<Contact> contacts, String otherAddresses, List<Path> files,
                         Path folder, String subject, String body, String signature, Locale language,
                         Signature chosenSignature) {
        this(accountName, contacts, otherAddresses, files, folder, subject, body, signature, language,
                chosenSignature, false);
    }

    public DocumentDraft {
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
        otherAddresses = otherAddresses == null ? "" : otherAddresses;
        files = List.copyOf(files == null ? List.of() : files);
    }

    public boolean onePerRecipient() {
        return folder != null;
    }

    /** The message part, merged as "Send an e-mail" merges it. */
    EmailDraft message() {
        return new EmailDraft(accountName, contacts, otherAddresses, subject, body, signature, List.of(), language,
                chosenSignature, readReceipt);
    }
}
