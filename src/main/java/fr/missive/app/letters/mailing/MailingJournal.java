package fr.missive.app.letters.mailing;

import fr.missive.app.RequestText;
import fr.missive.app.letters.LetterRecipient;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.Addressing;
import fr.missive.model.outbox.PlannedMailing;
import fr.missive.model.users.User;
import fr.missive.store.outbox.MailingPlanStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a mailing's e-mail letters down before its first chunk is queued and marks it complete
 * after the last, so that one cut short (Missive closed, the PC switched off) is found at the next
 * start with the letters that did not reach the outbox. Mailings being queued by this process are
 * not "interrupted" while they run.
 */
public final class MailingJournal {

    /** Keeps nothing: for tests and tools that queue without a database of plans. */
    public static final MailingJournal NONE = new MailingJournal(null, Clock.systemUTC());

    private static final String FIELD = "field.";

    private final MailingPlanStore store;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public MailingJournal(MailingPlanStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Before the first chunk: the plan's e-mail letters, under the mailing key their messages will carry. */
    void begin(String mailing, User actor, String accountName, MailingPlan plan, List<LetterRecipient> byEmail) {
        List<PlannedMailing.Letter> letters = new ArrayList<>(byEmail.size());
        for (int i = 0; i < byEmail.size(); i++) {
            LetterRecipient letter = byEmail.get(i);
            letters.add(new PlannedMailing.Letter(i, key(plan, letter), name(letter)));
        }
        begin(mailing, actor, accountName, plan.context().template().designation(), request(plan.options()),
                letters);
    }

    /**
     * Before the first chunk of any other mailing (a document sent to many): its e-mails, with the
     * request that {@link InterruptedMailings} hands back to queue the rest.
     */
    public void begin(String mailing, User actor, String accountName, String title, String request,
                      List<PlannedMailing.Letter> letters) {
        if (store == null) {
            return;
        }
        running.add(mailing);
        store.begin(new PlannedMailing(mailing, accountName, actor.id(), title, request, clock.instant(), letters));
    }

    /** Every letter was queued (or the user gave up the rest, or was told which could not go). */
    public void complete(String mailing) {
        if (store != null) {
            store.complete(mailing, clock.instant());
        }
    }

    /** This process no longer queues the mailing, complete or not. */
    public void ended(String mailing) {
        running.remove(mailing);
    }

    boolean isRunning(String mailing) {
        return running.contains(mailing);
    }

    MailingPlanStore store() {
        return store;
    }

    static String key(MailingPlan plan, LetterRecipient letter) {
        return PlannedMailing.letterKey(MailTexts.origin(plan, letter));
    }

    /** "Mme Anne DURAND, M. Paul DURAND (Léa DURAND)": whom the letter is to, and the pupil it is about. */
    static String name(LetterRecipient letter) {
        String to = String.join(", ", letter.addressees().stream().map(Contact::displayName).toList());
        return letter.aboutSomeoneElse() && !letter.addressees().contains(letter.about())
                ? to + " (" + letter.about().displayName() + ")" : to;
    }

    /** What the user chose for the e-mails, to queue the rest alike; printing is not resumed. */
    static String request(MailingOptions o) {
        Properties p = new Properties();
        p.setProperty("attachPdf", String.valueOf(o.attachPdf()));
        p.setProperty("inline", String.valueOf(o.inline()));
        p.setProperty("readReceipt", String.valueOf(o.readReceipt()));
        p.setProperty("jointLetters", String.valueOf(o.jointLetters()));
        p.setProperty("language", o.language().toLanguageTag());
        putIfSet(p, "pdfNamePattern", o.pdfNamePattern());
        putIfSet(p, "subject", o.subject());
        putIfSet(p, "intro", o.intro());
        putIfSet(p, "signature", o.signature());
        putIfSet(p, "addressing", o.addressing() == null ? null : o.addressing().name());
        o.letterFields().forEach((name, value) -> p.setProperty(FIELD + name, value));
        return RequestText.write(p);
    }

    static MailingOptions options(String request) {
        Properties p = RequestText.read(request);
        Map<String, String> fields = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(n -> n.startsWith(FIELD)).sorted()
                .forEach(n -> fields.put(n.substring(FIELD.length()), p.getProperty(n)));
        String addressing = p.getProperty("addressing");
        return MailingOptions.byEmail(Locale.forLanguageTag(p.getProperty("language", "fr")))
                .attachPdf(Boolean.parseBoolean(p.getProperty("attachPdf")))
                .inline(Boolean.parseBoolean(p.getProperty("inline")))
                .pdfNamePattern(p.getProperty("pdfNamePattern"))
                .subject(p.getProperty("subject"))
                .intro(p.getProperty("intro"))
                .signature(p.getProperty("signature"))
                .letterFields(fields)
                .readReceipt(Boolean.parseBoolean(p.getProperty("readReceipt")))
                .addressing(addressing == null ? null : Addressing.valueOf(addressing))
                .jointLetters(Boolean.parseBoolean(p.getProperty("jointLetters")))
                .build();
    }

    private static void putIfSet(Properties p, String name, String value) {
        if (value != null) {
            p.setProperty(name, value);
        }
    }
}
