package fr.missive.app.letters.mailing;

import fr.missive.app.letters.LetterContext;
import fr.missive.app.letters.LetterRecipient;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import java.util.List;

/**
 * A sending worked out before anything is queued or printed: who gets an e-mail, whose letter
 * is printed and why, who is skipped and why, and the warnings to show (subject in capitals,
 * letters to print without a postal address, messages over the provider's size limit,
 * recipients who refused e-mail, pupils without any guardian). A dialog shows it as its summary; {@link LetterMailing#send}
 * carries it out.
 */
public record MailingPlan(LetterContext context, MailingOptions options, List<PlannedRecipient> recipients,
                          List<UserMessage> warnings,
                          List<Contact> withoutGuardian) {

    public MailingPlan {
        recipients = List.copyOf(recipients);
        warnings = List.copyOf(warnings);
        withoutGuardian = List.copyOf(withoutGuardian == null ? List.of() : withoutGuardian);
    }

    /** A plan of letters to the contacts chosen. */
    public MailingPlan(LetterContext context, MailingOptions options, List<PlannedRecipient> recipients,
                       List<UserMessage> warnings) {
        this(context, options, recipients, warnings, List.of());
    }

    /** The same plan with other options (e.g. a combined file to print). */
    public MailingPlan withOptions(MailingOptions newOptions) {
        return new MailingPlan(context, newOptions, recipients, warnings, withoutGuardian);
    }

    /** The letters that go by e-mail, whom each is about and written to. */
    public List<LetterRecipient> emailLetters() {
        return recipients.stream().filter(r -> r.route() == Route.EMAIL).map(PlannedRecipient::letter).toList();
    }

    /** True when the letters are written to pupils' guardians, not to the contacts chosen. */
    public boolean aboutPupils() {
        return !withoutGuardian.isEmpty() || recipients.stream().anyMatch(r -> r.letter().aboutSomeoneElse());
    }

    /**
     * The same plan with the letters of these contacts, due by e-mail, put on paper: their address
     * bounced before. A letter keeps whom it is about and written to (a guardian's letter about a
     * pupil stays about the pupil), and the pupils without a guardian stay told.
     */
    public MailingPlan withBouncedOnPaper(java.util.Set<Long> contactIds) {
        return new MailingPlan(context, options, recipients.stream().map(r -> r.route() == Route.EMAIL
                && r.contact().id() != null && contactIds.contains(r.contact().id())
                ? new PlannedRecipient(r.contact(), Route.BOUNCED, null, r.letter()) : r).toList(), warnings,
                withoutGuardian);
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
