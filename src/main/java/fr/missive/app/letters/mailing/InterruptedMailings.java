package fr.missive.app.letters.mailing;

import fr.missive.app.letters.LetterBatch;
import fr.missive.app.letters.LetterRecipient;
import fr.missive.app.letters.LetterTemplateService;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.outbox.PlannedMailing;
import fr.missive.model.users.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * Mailings whose queueing was cut short (Missive closed or the PC switched off between two chunks,
 * or the user stopped it): which of their letters did not reach the outbox, and either queue them
 * now, as they were planned and under the same mailing, or drop them. What did reach the outbox is
 * durable and is delivered as usual.
 */
public final class InterruptedMailings {

    /**
     * One mailing cut short.
     *
     * @param title     the letter's name, or a document's subject as typed
     * @param notQueued who each letter not queued is for, in the mailing's order
     * @param document  a document sent to many ({@link DocumentMailings}), not a letter
     */
    public record Interrupted(String mailing, String title, String accountName, Instant plannedAt, int planned,
                              List<String> notQueued, boolean document) {

        /** The first eight characters of the key: enough to name it on a command line. */
        public String shortKey() {
            return mailing.substring(0, Math.min(8, mailing.length()));
        }
    }

    private final MailingJournal journal;
    private final LetterMailing mailing;
    private final LetterTemplateService templates;
    private final LongFunction<Optional<Contact>> contacts;
    private final DocumentMailings documents;

    public InterruptedMailings(MailingJournal journal, LetterMailing mailing, LetterTemplateService templates,
                               LongFunction<Optional<Contact>> contacts, DocumentMailings documents) {
        this.journal = journal;
        this.mailing = mailing;
        this.templates = templates;
        this.contacts = contacts;
        this.documents = documents;
    }

    /** The user's mailings cut short (an administrator's: everyone's), oldest first, not those being queued now. */
    public List<Interrupted> list(User actor) {
        if (journal.store() == null) {
            return List.of();
        }
        List<Interrupted> found = new ArrayList<>();
        for (PlannedMailing m : journal.store().incomplete()) {
            if (!journal.isRunning(m.mailing()) && (actor.isAdmin() || m.createdBy() == actor.id())) {
                List<PlannedMailing.Letter> rest = notQueued(m);
                if (rest.isEmpty()) {
                    // Cut after its last chunk and before the mark: nothing is missing.
                    journal.complete(m.mailing());
                } else {
                    found.add(new Interrupted(m.mailing(), m.title(), m.accountName(), m.plannedAt(),
                            m.letters().size(), rest.stream().map(PlannedMailing.Letter::name).toList(),
                            documents.owns(m)));
                }
            }
        }
        return found;
    }

    /** The mailing cut short whose key starts with {@code key} (a {@link Interrupted#shortKey()} will do). */
    public Interrupted require(User actor, String key) {
        List<Interrupted> matching = list(actor).stream().filter(i -> i.mailing().startsWith(key.strip())).toList();
        if (matching.size() != 1 || key.isBlank()) {
            throw new MissiveException(UserMessage.of("mailing.interrupted.notFound", key));
        }
        return matching.get(0);
    }

    /**
     * Queues the letters of the mailing that are not in the outbox, from the same account with the
     * same letter and choices; the mailing is complete once they all are. Letters to print are not
     * written again (they were after the e-mails, so a mailing cut while queueing never wrote them:
     * print them from the letters window).
     */
    public MailingSummary resume(User actor, String key, LetterBatch.Progress progress, BooleanSupplier cancelled) {
        Interrupted interrupted = require(actor, key);
        PlannedMailing planned = journal.store().incomplete().stream()
                .filter(m -> m.mailing().equals(interrupted.mailing())).findFirst().orElseThrow();
        if (documents.owns(planned)) {
            return resumeDocument(actor, planned);
        }
        LetterTemplate template = templates.find(planned.title())
                .orElseThrow(() -> new MissiveException(UserMessage.of("mailing.interrupted.letterGone",
                        planned.title()))).template();
        List<PlannedMailing.Letter> rest = notQueued(planned);
        Set<Contact> chosen = new LinkedHashSet<>();
        for (PlannedMailing.Letter letter : rest) {
            chosenContact(letter.key()).flatMap(contacts::apply).ifPresent(chosen::add);
        }
        MailingPlan plan = mailing.plan(actor, planned.accountName(), template, List.copyOf(chosen),
                MailingJournal.options(planned.request()));
        Map<String, Integer> wanted = new HashMap<>();
        rest.forEach(l -> wanted.merge(l.key(), 1, Integer::sum));
        List<LetterRecipient> letters = new ArrayList<>();
        for (LetterRecipient letter : plan.emailLetters()) {
            String letterKey = MailingJournal.key(plan, letter);
            if (wanted.getOrDefault(letterKey, 0) > 0) {
                wanted.merge(letterKey, -1, Integer::sum);
                letters.add(letter);
            }
        }
        MailingSummary summary = mailing.sendRest(actor, planned.accountName(), plan, letters, planned.mailing(),
                progress, cancelled);
        if (!summary.cancelled()) {
            // Letters that can no longer go (contact deleted, address removed) are not waited for forever.
            journal.complete(planned.mailing());
        }
        return summary;
    }

    /**
     * A document's e-mails not queued, to their contacts and typed addresses: a document goes once to
     * each, so whom each was for is enough to queue it again.
     */
    private MailingSummary resumeDocument(User actor, PlannedMailing planned) {
        List<Contact> chosen = new ArrayList<>();
        List<EmailAddress> typed = new ArrayList<>();
        for (PlannedMailing.Letter letter : notQueued(planned)) {
            Optional<Long> contact = chosenContact(letter.key());
            if (contact.isPresent()) {
                contacts.apply(contact.get()).ifPresent(chosen::add);
            } else {
                // A typed address has no contact: the letter's name is the address itself, as it was checked.
                if (EmailAddress.isValid(letter.name())) {
                    typed.add(EmailAddress.parse(letter.name()));
                }
            }
        }
        int queued = documents.queueRest(actor, planned, chosen, typed);
        // Recipients who can no longer receive it (contact deleted, consent withdrawn) are not waited for forever.
        journal.complete(planned.mailing());
        return new MailingSummary(queued, List.of(), 0, List.of(), List.of(), List.of(), false);
    }

    /** Gives up the letters not queued: the mailing is no longer offered. */
    public void drop(User actor, String key) {
        journal.complete(require(actor, key).mailing());
    }

    private List<PlannedMailing.Letter> notQueued(PlannedMailing m) {
        Map<String, Integer> queued = new HashMap<>();
        journal.store().queuedLetters(m.mailing()).forEach(k -> queued.merge(k, 1, Integer::sum));
        List<PlannedMailing.Letter> rest = new ArrayList<>();
        for (PlannedMailing.Letter letter : m.letters()) {
            if (queued.getOrDefault(letter.key(), 0) > 0) {
                queued.merge(letter.key(), -1, Integer::sum);
            } else {
                rest.add(letter);
            }
        }
        return rest;
    }

    /** The contact the user chose for this letter: the pupil it is about, else whom it is written to. */
    private static Optional<Long> chosenContact(String letterKey) {
        int colon = letterKey.indexOf(':');
        String about = letterKey.substring(0, Math.max(0, colon));
        String to = letterKey.substring(colon + 1);
        String id = !about.isEmpty() ? about : to.split(",")[0];
        try {
            return id.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
