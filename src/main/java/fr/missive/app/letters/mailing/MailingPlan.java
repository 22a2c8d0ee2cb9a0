package fr.missive.app.letters.mailing;

import fr.missive.app.letters.LetterContext;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import java.util.List;

/**
 * A sending worked out before anything is queued or printed: who gets an e-mail, whose letter
 * is printed and why, who is skipped and why, and the warnings to show (subject in capitals,
 * letters to print without a postal address, messages over the provider's size limit,
 * recipients who refused e-mail). A dialog shows it as its summary; {@link LetterMailing#send}
 * carries it out.
 */
public record MailingPlan(LetterContext context, MailingOptions options, List<PlannedRecipient> recipients,
                          List<UserMessage> warnings) {

    public MailingPlan {
        recipients = List.copyOf(recipients);
        warnings = List.copyOf(warnings);
    }

    /** The same plan with the letters of these contacts, due by e-mail, put on paper: their address bounced before. */
    public MailingPlan withBouncedOnPaper(java.util.Set<Long> contactIds) {
        return new MailingPlan(context, options, recipients.stream().map(r -> r.route() == Route.EMAIL
                && r.contact().id() != null && contactIds.contains(r.contact().id())
                ? new PlannedRecipient(r.contact(), Route.BOUNCED, "") : r).toList(), warnings);
    }

    public List<Contact> byEmail() {
        return recipients.stream().filter(r -> r.route() == Route.EMAIL).map(PlannedRecipient::contact).toList();
    }

    public List<PlannedRecipient> toPrint() {
        return recipients.stream().filter(r -> r.route().toPrint()).toList();
    }

    public List<PlannedRecipient> skipped() {
        return recipients.stream().filter(r -> r.route().skipped()).toList();
    }
}
