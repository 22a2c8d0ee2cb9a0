package fr.missive.app.letters.mailing;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Contact;
import fr.missive.model.outbox.PlannedMailing;
import fr.missive.model.users.User;
import java.util.List;

/**
 * Mailings of a document sent to many ("Send a document"), journaled like letter mailings so that
 * one cut short is offered again. They are queued by the compose feature, which uses this package's
 * {@link MailingJournal}: this interface lets {@link InterruptedMailings} hand them back without
 * depending on it in return.
 */
public interface DocumentMailings {

    /** None: every interrupted mailing is a letter mailing. */
    DocumentMailings NONE = new DocumentMailings() {
        @Override
        public boolean owns(PlannedMailing planned) {
            return false;
        }

        @Override
        public int queueRest(User actor, PlannedMailing planned, List<Contact> contacts,
                             List<EmailAddress> addresses) {
            throw new IllegalStateException("not a document mailing: " + planned.mailing());
        }
    };

    /** Whether the planned mailing is a document's (its request says so). */
    boolean owns(PlannedMailing planned);

    /**
     * Queues the document again for these recipients, as it was planned and under the planned
     * mailing's key; returns how many e-mails were queued.
     */
    int queueRest(User actor, PlannedMailing planned, List<Contact> contacts, List<EmailAddress> addresses);
}
