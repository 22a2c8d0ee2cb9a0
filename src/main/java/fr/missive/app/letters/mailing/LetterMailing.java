package fr.missive.app.letters.mailing;

import fr.missive.app.ValidationException;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.letters.BatchReport;
import fr.missive.app.letters.ComposedLetter;
import fr.missive.app.letters.InlineLetters;
import fr.missive.app.letters.LetterFiles;
import fr.missive.app.letters.LetterBatch;
import fr.missive.app.letters.LetterComposer;
import fr.missive.app.letters.GuardianLetters;
import fr.missive.app.letters.GuardianLookup;
import fr.missive.app.letters.LetterContext;
import fr.missive.app.letters.LetterRecipient;
import fr.missive.app.letters.PreparingOutput;
import fr.missive.app.letters.LetterSender;
import fr.missive.app.letters.LetterTemplateService;
import fr.missive.app.letters.Preflight;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.outbox.OutboxBatch;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.ProviderLimits;
import fr.missive.app.outbox.QueueOptions;
import fr.missive.render.LetterRenderer;
import fr.missive.render.MailBodyRenderer;
import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.Addressing;
import fr.missive.model.letters.FieldNames;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.SentLetter;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A standard letter to a list of contacts, by e-mail to those who have a valid address and
 * consent, on paper for the others. {@link #plan} says beforehand what will happen to each
 * contact and what the user may want to fix; {@link #send} queues the e-mails in the outbox (in
 * chunks, so progress shows and a cancel stops between chunks) and writes the letters to print.
 * Both run off the EDT in the GUI; the command line calls them in turn.
 */
public final class LetterMailing {

    /** Messages committed to the outbox per transaction: progress is seen, memory stays small. */
    static final int QUEUE_CHUNK = 50;
    private static final int NAMES_IN_WARNING = 5;

    private final LetterComposer composer;
    private final LetterBatch batch;
    private final LetterFiles letterFiles;
    private final LetterRenderer renderer;
    private final MailBodyRenderer bodies;
    private final OutboxService outbox;
    private final AccountService accounts;
    private final ProviderLimits limits;
    private final GuardianLetters guardianLetters;
    private final MailingJournal journal;

    public LetterMailing(LetterComposer composer, LetterBatch batch, LetterFiles letterFiles, LetterRenderer renderer,
                         MailBodyRenderer bodies, OutboxService outbox, AccountService accounts,
                         ProviderLimits limits) {
        this(composer, batch, letterFiles, renderer, bodies, outbox, accounts, limits, GuardianLookup.NONE);
    }

    /** @param guardians the pupils' guardians, for letters written to them */
    public LetterMailing(LetterComposer composer, LetterBatch batch, LetterFiles letterFiles, LetterRenderer renderer,
                         MailBodyRenderer bodies, OutboxService outbox, AccountService accounts,
                         ProviderLimits limits, GuardianLookup guardians) {
        this(composer, batch, letterFiles, renderer, bodies, outbox, accounts, limits, guardians, MailingJournal.NONE);
    }

    /** @param journal where a mailing's letters are written down before queueing, to find one cut short */
    public LetterMailing(LetterComposer composer, LetterBatch batch, LetterFiles letterFiles, LetterRenderer renderer,
                         MailBodyRenderer bodies, OutboxService outbox, AccountService accounts,
                         ProviderLimits limits, GuardianLookup guardians, MailingJournal journal) {
        this.journal = journal;
        this.guardianLetters = new GuardianLetters(guardians);
        this.limits = limits;
        // Every letter this class composes itself goes by e-mail (paper ones are written by letterFiles).
        this.composer = composer.forEmail();
        this.batch = batch;
        this.letterFiles = letterFiles;
        this.renderer = renderer;
        this.bodies = bodies;
        this.outbox = outbox;
        this.accounts = accounts;
    }

    /**
     * What would happen to each letter sent from this account: to each contact chosen or, when
     * the letter is addressed to the guardians, to each guardian of each pupil chosen, about that
     * pupil (see {@link GuardianLetters}).
     *
     * @throws ValidationException on field {@code fields} when a letter-specific field is missing
     *                             or a {@code {{} is never closed: nothing can be sent
     */
    public MailingPlan plan(User actor, String accountName, LetterTemplate template, List<Contact> contacts,
                            MailingOptions options) {
        LetterContext context = composer.prepare(template, LetterSender.of(actor), options.letterFields(),
                options.language());
        Addressing addressing = options.addressing() != null ? options.addressing() : template.addressing();
        GuardianLetters.Expansion expansion = guardianLetters.expand(contacts, addressing);
        Preflight preflight = composer.checkLetters(context, expansion.letters());
        if (!preflight.missingFields().isEmpty() || preflight.unterminated()) {
            throw ValidationException.of("fields", preflight.blockers().get(0));
        }
        List<PlannedRecipient> recipients = new ArrayList<>(expansion.letters().size());
        Map<String, String> labels = LetterComposer.fieldLabels(template, expansion.letters());
        for (LetterRecipient letter : expansion.letters()) {
            recipients.add(route(context, options, letter, labels));
        }
        if (options.jointLetters()) {
            recipients = JointLetters.join(recipients);
        }
        MailingPlan draft = new MailingPlan(context, options, recipients, List.of(), expansion.withoutGuardian());
        long sizeLimit = options.sizeLimitBytes() > 0 ? options.sizeLimitBytes()
                : limits.messageSize(outbox.serverOf(actor, accountName));
        List<UserMessage> warnings = new ArrayList<>(warnings(draft, sizeLimit));
        // A long mailing at the provider's pace, or one over the account's daily limit, is said before sending.
        warnings.addAll(outbox.pace().warnings(actor, accountName, draft.emailLetters().size()));
        return new MailingPlan(context, options, recipients, warnings, expansion.withoutGuardian());
    }

    /** The letters the contacts chosen would get with this addressing, and the pupils who have no guardian. */
    public GuardianLetters.Expansion letters(List<Contact> contacts, Addressing addressing) {
        return guardianLetters.expand(contacts, addressing);
    }

    private PlannedRecipient route(LetterContext context, MailingOptions options, LetterRecipient letter,
                                   Map<String, String> labels) {
        Set<String> unknown = new LinkedHashSet<>(composer.compose(context, letter).unknownFields());
        for (String line : new String[] {options.subject(), options.pdfNamePattern(), options.intro(),
                options.signature()}) {
            if (line != null) {
                unknown.addAll(composer.mergeLine(context, letter, line).unknownFields());
            }
        }
        if (!unknown.isEmpty()) {
            return PlannedRecipient.of(letter, Route.UNKNOWN_FIELD, FieldNames.labelledWhereKnown(unknown, labels));
        }
        return PlannedRecipient.of(letter, channel(letter.addressee(), options.paperOnly()), null);
    }

    /** How a letter reaches this contact: by e-mail when their address is valid and they accept it, else why not. */
    private static Route channel(Contact contact, boolean paperOnly) {
        if (paperOnly) {
            return Route.ON_PAPER;
        }
        if (contact.email() == null) {
            return Route.NO_ADDRESS;
        }
        if (!EmailAddress.isValid(contact.email().toString())) {
            return Route.INVALID_ADDRESS;
        }
        if (!contact.consent().accepts()) {
            return Route.NO_CONSENT;
        }
        return Route.EMAIL;
    }

    /**
     * These letters with each pupil's guardians at one address sharing one, as {@code --joint-letters}
     * and the dialog's option do for a sending: only guardians a sending would reach the same way
     * (both by e-mail, or both on paper) share one. For letters rendered to print them all.
     */
    public static List<LetterRecipient> joinLetters(List<LetterRecipient> letters) {
        List<PlannedRecipient> planned = letters.stream()
                .map(letter -> PlannedRecipient.of(letter, channel(letter.addressee(), false), null)).toList();
        return JointLetters.join(planned).stream().map(PlannedRecipient::letter).toList();
    }

    private List<UserMessage> warnings(MailingPlan plan, long sizeLimit) {
        List<UserMessage> warnings = new ArrayList<>();
        String subject = plan.options().subject() != null ? plan.options().subject()
                : plan.context().template().subject();
        if (!plan.options().paperOnly() && MailTexts.shouting(subject)) {
            warnings.add(UserMessage.of("mailing.warning.capitals", subject));
        }
        List<Contact> printedWithoutAddress = plan.toPrint().stream().map(PlannedRecipient::contact)
                .filter(c -> !LetterComposer.hasPostalAddress(c)).toList();
        if (!printedWithoutAddress.isEmpty()) {
            warnings.add(UserMessage.of("mailing.warning.noPostalAddress", printedWithoutAddress.size(),
                    names(printedWithoutAddress)));
        }
        List<Contact> refused = plan.recipients().stream().filter(r -> r.route() == Route.NO_CONSENT)
                .map(PlannedRecipient::contact).toList();
        if (!refused.isEmpty()) {
            warnings.add(UserMessage.of("mailing.warning.refusedEmail", refused.size(), names(refused)));
        }
        if (!plan.withoutGuardian().isEmpty()) {
            warnings.add(UserMessage.of("mailing.warning.noGuardian", plan.withoutGuardian().size(),
                    names(plan.withoutGuardian())));
        }
        List<LetterRecipient> byEmail = plan.emailLetters();
        if (!byEmail.isEmpty()) {
            // Every message of the batch weighs about the same: measure the first one.
            ComposedLetter sample = composer.compose(plan.context(), byEmail.get(0));
            byte[] pdf = plan.options().attachPdf() ? renderer.render(sample.content()) : null;
            long size = message(plan, sample, pdf).encodedSize();
            if (size > sizeLimit) {
                warnings.add(UserMessage.of("mailing.warning.tooLarge", ProviderLimits.megabytes(size),
                        ProviderLimits.megabytes(sizeLimit)));
            }
        }
        return warnings;
    }

    private static String names(List<Contact> contacts) {
        String shown = String.join(", ", contacts.stream().limit(NAMES_IN_WARNING).map(Contact::displayName).toList());
        return contacts.size() > NAMES_IN_WARNING ? shown + ", …" : shown;
    }

    /**
     * Queues the e-mails of the plan from the account, then writes the letters to print.
     * Progress counts e-mails then letters to print; a cancel keeps what was queued or written.
     */
    public MailingSummary send(User actor, String accountName, MailingPlan plan, LetterBatch.Progress progress,
                               BooleanSupplier cancelled) {
        return send(actor, accountName, plan, plan.emailLetters(),
                QueueOptions.newMailing(plan.options().readReceipt()), true, progress, cancelled);
    }

    /**
     * Queues the letters of an interrupted mailing that did not reach the outbox, under its own
     * mailing key, and marks it complete once they are all queued. Nothing is printed.
     */
    MailingSummary sendRest(User actor, String accountName, MailingPlan plan, List<LetterRecipient> rest,
                            String mailing, LetterBatch.Progress progress, BooleanSupplier cancelled) {
        return send(actor, accountName, plan, rest, new QueueOptions(plan.options().readReceipt(), mailing), false,
                progress, cancelled);
    }

    private MailingSummary send(User actor, String accountName, MailingPlan plan, List<LetterRecipient> byEmail,
                                QueueOptions sending, boolean newMailing, LetterBatch.Progress progress,
                                BooleanSupplier cancelled) {
        if (!byEmail.isEmpty()) {
            accounts.requireSendable(actor, accountName);
        }
        List<LetterRecipient> toPrint = newMailing ? plan.toPrint().stream().map(PlannedRecipient::letter).toList()
                : List.of();
        int total = byEmail.size() + (plan.options().printFolder() == null && plan.options().combinedFile() == null
                ? 0 : toPrint.size());
        List<BatchReport.Failure> failures = new ArrayList<>();
        QueueingOutput mails = new QueueingOutput(plan, byEmail.isEmpty() ? null
                : outbox.batch(actor, accountName, sending), progress, total);
        boolean stopped = false;
        if (!byEmail.isEmpty()) {
            if (newMailing) {
                journal.begin(sending.mailing(), actor, accountName, plan, byEmail);
            }
            try {
                if (plan.options().attachPdf()) {
                    // Rendered, built as MIME and encoded on every core; committed by chunks meanwhile.
                    BatchReport report = batch.forAttachments().runPrepared(plan.context(), byEmail, mails,
                            (done, count) -> mails.handled(done), cancelled);
                    failures.addAll(report.failures());
                    stopped = report.cancelled();
                } else {
                    stopped = queueWithoutPdf(plan, byEmail, mails, cancelled);
                }
                mails.finish(); // what was built before a cancel is queued too
                if (!stopped) {
                    // Stopped, it stays interrupted: the letters not queued are offered at the next start.
                    journal.complete(sending.mailing());
                }
            } finally {
                mails.close();
                journal.ended(sending.mailing());
            }
        }
        int printed = 0;
        List<Path> files = new ArrayList<>();
        if (!stopped && !toPrint.isEmpty() && total > byEmail.size()) {
            int offset = byEmail.size();
            BatchReport report = letterFiles.writeLetters(plan.context(), toPrint,
                    new LetterFiles.Destination(plan.options().printFolder(), plan.options().combinedFile(), false),
                    (done, count) -> progress.written(offset + done, total), cancelled);
            failures.addAll(report.failures());
            printed = report.rendered();
            files.addAll(report.files());
            stopped = report.cancelled();
        }
        return new MailingSummary(mails.queued(), plan.toPrint(), printed, files, plan.skipped(), failures, stopped);
    }

    private boolean queueWithoutPdf(MailingPlan plan, List<LetterRecipient> byEmail, QueueingOutput mails,
                                    BooleanSupplier cancelled) {
        for (int i = 0; i < byEmail.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return true;
            }
            mails.write(composer.compose(plan.context(), byEmail.get(i)), null);
            mails.handled(i + 1);
        }
        return false;
    }

    /** One recipient's e-mail exactly as it will be queued (PDF rendered when attached), for a preview. */
    public MailContent preview(MailingPlan plan, Contact contact) {
        return preview(plan, LetterRecipient.of(contact));
    }

    /** One letter's e-mail exactly as it will be queued, for a preview. */
    public MailContent preview(MailingPlan plan, LetterRecipient recipient) {
        ComposedLetter letter = composer.compose(plan.context(), recipient);
        return message(plan, letter, plan.options().attachPdf() ? renderer.render(letter.content()) : null);
    }

    /** One recipient's letter as a PDF, as it will be attached or printed, for a preview. */
    public byte[] letterPdf(MailingPlan plan, Contact contact) {
        return letterPdf(plan, LetterRecipient.of(contact));
    }

    /** One letter as a PDF, as it will be attached or printed, for a preview. */
    public byte[] letterPdf(MailingPlan plan, LetterRecipient recipient) {
        return renderer.render(composer.compose(plan.context(), recipient).content());
    }

    /** The e-mail of one letter, as it will be queued; {@code pdf} is null when it is not attached. */
    public MailContent message(MailingPlan plan, ComposedLetter letter, byte[] pdf) {
        return MailTexts.content(plan, letter, pdf, (context, recipient, text) -> composer.mergeLine(context,
                recipient, text).subject(), plan.options().inline() ? bodies.render(letter.content()) : null);
    }

    /**
     * Builds each letter's e-mail on the thread that rendered it and commits them to the outbox
     * by chunks, in the order of the letters, on a thread of their own ({@link ChunkCommits}).
     * Progress counts only letters whose e-mail is committed (or that failed): nothing is said
     * queued before it is on disk.
     */
    private final class QueueingOutput implements PreparingOutput<NewOutboxMessage> {
        private final MailingPlan plan;
        private final OutboxBatch outboxBatch;
        private final LetterBatch.Progress progress;
        private final int total;
        private final List<NewOutboxMessage> pending = new ArrayList<>();
        /** Null when nothing is sent by e-mail. */
        private final ChunkCommits commits;
        /** What the letters sent in the body share, kept once for the sending; made with the first. */
        private SentLetter inlineSending;
        /** Letters handed to this output or failed, committed or not. */
        private int handled;
        private int shown;

        QueueingOutput(MailingPlan plan, OutboxBatch outboxBatch, LetterBatch.Progress progress, int total) {
            this.plan = plan;
            this.outboxBatch = outboxBatch;
            this.commits = outboxBatch == null ? null : new ChunkCommits(outboxBatch);
            this.progress = progress;
            this.total = total;
        }

        @Override
        public NewOutboxMessage prepare(ComposedLetter letter, byte[] pdf) {
            MailContent content = message(plan, letter, pdf);
            if (pdf == null) {
                // No PDF to print again should the e-mail bounce: keep what renders the letter as sent.
                content = content.withLetter(InlineLetters.of(inlineSending(), plan.context(), letter));
            }
            return outboxBatch.build(content);
        }

        private synchronized SentLetter inlineSending() {
            if (inlineSending == null) {
                inlineSending = InlineLetters.sending(plan.context());
            }
            return inlineSending;
        }

        @Override
        public void writePrepared(ComposedLetter letter, NewOutboxMessage message) {
            pending.add(message);
            if (pending.size() >= QUEUE_CHUNK) {
                // This letter is counted as handled just after it is written.
                flush(handled + 1);
            }
        }

        /** Told after each letter written or failed; shown once what was written is committed. */
        void handled(int count) {
            handled = count;
            // Every letter handled is committed once nothing waits, neither here nor on the disk.
            boolean allCommitted = commits == null || commits.idle() && pending.isEmpty();
            show(allCommitted ? count : commits.committedLetters());
        }

        private void show(int letters) {
            if (letters > shown) {
                shown = letters;
                progress.written(letters, total);
            }
        }

        /** The pending messages handed to be committed, while the next chunk is rendered. */
        private void flush(int letters) {
            if (!pending.isEmpty()) {
                commits.commit(pending, letters);
                pending.clear();
            }
        }

        int queued() {
            return commits == null ? 0 : commits.queued();
        }

        @Override
        public void finish() {
            if (commits != null) {
                // The chunk being committed is shown as soon as it is, then the last one.
                commits.awaitCommitted();
                show(commits.committedLetters());
                flush(handled);
                commits.awaitCommitted();
            }
            show(handled);
        }

        @Override
        public List<Path> files() {
            return List.of();
        }

        /** Waits for a chunk still being committed (a mailing stopped by a failure): nothing outlives the mailing. */
        @Override
        public void close() {
            if (commits != null) {
                commits.close();
            }
        }
    }

    /** Merges a one-line text for a letter. */
    @FunctionalInterface
    interface LineMerger {
        String merge(LetterContext context, LetterRecipient recipient, String text);
    }
}
