package fr.missive.app.compose;

import fr.missive.app.ValidationException;
import fr.missive.app.Validator;
import fr.missive.app.compose.EmailPlan.PersonalMessage;
import fr.missive.app.letters.mailing.DocumentMailings;
import fr.missive.app.letters.mailing.MailingJournal;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.outbox.OutboxBatch;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.ProviderLimits;
import fr.missive.app.outbox.QueueOptions;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.InlineImage;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.PlannedMailing;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * "Send a document": any files (a report card made elsewhere, a calendar) by e-mail, the same
 * to everyone or one per recipient found by name in a folder ({@link FileNameMatching}), with a
 * subject, a message with merge fields and the signature, merged for each recipient as "Send an
 * e-mail" does. {@link #plan} says everything before anything is queued; {@link #send} commits
 * the e-mails to the outbox, which delivers them in the background.
 */
public final class DocumentSending implements DocumentMailings {

    /** E-mails committed to the outbox at a time, so that a folder of large files is never all in memory. */
    static final int QUEUE_CHUNK = 50;
    /**
     * Bytes of files read for the e-mails waiting to be queued, at most: with one e-mail's MIME
     * being built, a folder of 20 MB scans stays within a small heap, not fifty of them at once.
     */
    static final long QUEUE_CHUNK_BYTES = 16L * 1024 * 1024;
    /** Names listed in one warning, the others counted. */
    private static final int NAMES_IN_WARNING = 5;

    private final EmailSending email;
    private final OutboxService outbox;
    private final ProviderLimits limits;
    private final MailingJournal journal;
    private final LongFunction<Optional<Signature>> signatures;

    /**
     * @param journal    where a mailing's e-mails are written down before queueing, to find one cut short
     * @param signatures the stored signatures by id, to queue the rest of such a mailing as it was written
     */
    public DocumentSending(EmailSending email, OutboxService outbox, ProviderLimits limits, MailingJournal journal,
                           LongFunction<Optional<Signature>> signatures) {
        this.email = email;
        this.outbox = outbox;
        this.limits = limits;
        this.journal = journal;
        this.signatures = signatures;
    }

    /** Checks the draft, finds each recipient's files and merges their copy, without queuing anything. */
    public DocumentPlan plan(User actor, DocumentDraft draft) {
        Validator v = new Validator();
        List<EmailAddress> others = EmailSending.otherAddresses(v, draft.otherAddresses());
        v.require("subject", draft.subject()).maxLength("subject", draft.subject(), 900);
        Map<Path, Long> sizes = new HashMap<>();
        for (Path file : draft.files()) {
            sizeOf(file).ifPresentOrElse(size -> sizes.put(file, size),
                    () -> v.add("files", UserMessage.of("document.fileMissing", file.toString())));
        }
        List<String> folderFiles = draft.onePerRecipient() ? folderFiles(v, draft.folder()) : List.of();
        if (draft.files().isEmpty() && !draft.onePerRecipient()) {
            v.add("files", UserMessage.of("document.noDocument"));
        }
        if (draft.contacts().isEmpty() && others.isEmpty() && !v.hasErrors()) {
            v.add("recipients", UserMessage.of("compose.noRecipient"));
        }
        v.throwIfInvalid();

        EmailDraft message = draft.message();
        List<Contact> contacts = List.copyOf(new LinkedHashSet<>(draft.contacts()));
        List<DocumentPlan.Mail> mails = new ArrayList<>();
        List<DocumentPlan.Skipped> skipped = new ArrayList<>();
        List<String> unmatched = List.of();
        Map<Contact, FileNameMatching.Outcome> found = new HashMap<>();
        if (draft.onePerRecipient()) {
            FileNameMatching.Result matching = FileNameMatching.match(contacts, folderFiles);
            unmatched = matching.unmatchedFiles();
            matching.outcomes().forEach(o -> found.put(o.contact(), o));
        }
        Set<String> seen = new HashSet<>();
        for (Contact contact : contacts) {
            Optional<UserMessage> unreachable = EmailSending.skipReason(contact);
            FileNameMatching.Outcome outcome = found.get(contact);
            if (unreachable.isPresent()) {
                skipped.add(new DocumentPlan.Skipped(contact.displayName(), unreachable.get()));
            } else if (outcome != null && !outcome.matched()) {
                skipped.add(new DocumentPlan.Skipped(contact.displayName(), outcome.problem()));
            } else {
                String own = outcome == null ? null : outcome.file();
                // Two pupils of one family may share an address: each of their files goes, once.
                if (seen.add(contact.email() + "\n" + own)) {
                    mails.add(mail(email.mergeFor(actor, message, contact), draft, own, sizes));
                }
            }
        }
        for (EmailAddress address : others) {
            if (draft.onePerRecipient()) {
                skipped.add(new DocumentPlan.Skipped(address.toString(),
                        UserMessage.of("document.skipped.typedAddress")));
            } else if (seen.add(address + "\nnull")) {
                mails.add(mail(email.mergeFor(actor, message, address), draft, null, sizes));
            }
        }
        long sizeLimit = limits.messageSize(outbox.serverOf(actor, draft.accountName()));
        List<UserMessage> warnings = new ArrayList<>(warnings(mails, sizeLimit));
        warnings.addAll(outbox.pace().warnings(actor, draft.accountName(), mails.size()));
        return new DocumentPlan(mails, skipped, unmatched, warnings, sizeLimit);
    }

    /** Plans the draft and queues its e-mails: for the command line, which shows the plan afterwards. */
    public DocumentPlan send(User actor, DocumentDraft draft) {
        DocumentPlan plan = plan(actor, draft);
        send(actor, draft, plan);
        return plan;
    }

    /**
     * Queues the e-mails of a plan the user has seen, reading the files now; returns how many were
     * queued. The e-mails go in by chunks, each committed on its own, as one mailing written down
     * first in the {@link MailingJournal}: cut short (Missive closed, the PC switched off), the
     * e-mails not queued are offered at the next start. An e-mail that cannot go (a file no longer
     * readable, larger than the account's server accepts) does not stop the others: they are
     * queued, then a {@link DocumentsNotQueuedException} names the recipients left out.
     */
    public int send(User actor, DocumentDraft draft, DocumentPlan plan) {
        return send(actor, draft, plan, queued -> { });
    }

    /** The same, telling {@code queuedSoFar} how many e-mails are committed to the outbox after each chunk. */
    public int send(User actor, DocumentDraft draft, DocumentPlan plan, IntConsumer queuedSoFar) {
        if (plan.mails().isEmpty()) {
            throw ValidationException.of("recipients", UserMessage.of("document.nothingToSend"));
        }
        QueueOptions sending = QueueOptions.newMailing(draft.readReceipt());
        Queueing queueing = new Queueing(actor, draft, sending);
        List<PlannedMailing.Letter> letters = new ArrayList<>(plan.mails().size());
        for (DocumentPlan.Mail mail : plan.mails()) {
            PersonalMessage m = mail.message();
            letters.add(new PlannedMailing.Letter(letters.size(),
                    PlannedMailing.letterKey(EmailSending.origin(m)), m.recipientName()));
        }
        journal.begin(sending.mailing(), actor, draft.accountName(), draft.subject(), DocumentRequest.write(draft),
                letters);
        try {
            int queued = queueing.queue(plan.mails(), queuedSoFar);
            journal.complete(sending.mailing());
            return queued;
        } catch (DocumentsNotQueuedException e) {
            // The others are queued and the user is told which could not go: not a mailing cut short.
            journal.complete(sending.mailing());
            throw e;
        } finally {
            journal.ended(sending.mailing());
        }
    }

    @Override
    public boolean owns(PlannedMailing planned) {
        return DocumentRequest.isDocument(planned.request());
    }

    /**
     * Queues a document mailing's e-mails that were not queued when it was cut short, under its own
     * mailing key: the files are read and the message merged again now. A file gone since is said
     * as when the document was first planned.
     */
    @Override
    public int queueRest(User actor, PlannedMailing planned, List<Contact> contacts, List<EmailAddress> addresses) {
        if (contacts.isEmpty() && addresses.isEmpty()) {
            return 0;
        }
        DocumentDraft draft = DocumentRequest.read(planned.request(), planned.accountName(), contacts, addresses,
                signatures);
        DocumentPlan plan = plan(actor, draft);
        if (plan.mails().isEmpty()) {
            return 0;
        }
        return new Queueing(actor, draft, new QueueOptions(draft.readReceipt(), planned.mailing()))
                .queue(plan.mails(), queued -> { });
    }

    /** One mailing's queueing: the account checked and the files for everyone read before anything is queued. */
    private final class Queueing {

        private final List<InlineImage> images;
        private final Map<Path, Attachment> forEveryone = new HashMap<>();
        // One mailing however many chunks it is queued in.
        private final OutboxBatch batch;

        Queueing(User actor, DocumentDraft draft, QueueOptions sending) {
            images = EmailSending.signatureImages(draft.message());
            draft.files().forEach(f -> forEveryone.put(f, AttachmentFiles.read(f)));
            batch = outbox.batch(actor, draft.accountName(), sending);
        }

        int queue(List<DocumentPlan.Mail> mails, IntConsumer queuedSoFar) {
            List<NewOutboxMessage> pending = new ArrayList<>();
            List<DocumentsNotQueuedException.NotQueued> notQueued = new ArrayList<>();
            long pendingBytes = 0;
            int queued = 0;
            for (DocumentPlan.Mail mail : mails) {
                try {
                    List<Attachment> attachments = new ArrayList<>();
                    for (Path file : mail.files()) {
                        Attachment own = forEveryone.get(file);
                        attachments.add(own != null ? own : AttachmentFiles.read(file));
                    }
                    NewOutboxMessage message = batch.build(EmailSending.content(mail.message(), images, attachments));
                    pending.add(message);
                    pendingBytes += message.mime().length;
                } catch (MissiveException e) {
                    notQueued.add(new DocumentsNotQueuedException.NotQueued(mail.message().recipientName(),
                            e.userMessage()));
                }
                if (pending.size() == QUEUE_CHUNK || pendingBytes >= QUEUE_CHUNK_BYTES) {
                    queued += batch.commit(pending).size();
                    queuedSoFar.accept(queued);
                    pending.clear();
                    pendingBytes = 0;
                }
            }
            if (!pending.isEmpty()) {
                queued += batch.commit(pending).size();
                queuedSoFar.accept(queued);
            }
            if (!notQueued.isEmpty()) {
                throw new DocumentsNotQueuedException(queued, notQueued);
            }
            return queued;
        }
    }

    private static DocumentPlan.Mail mail(PersonalMessage message, DocumentDraft draft, String ownFile,
                                          Map<Path, Long> sizes) {
        List<Path> files = new ArrayList<>(draft.files());
        long binary = draft.files().stream().mapToLong(sizes::get).sum();
        Path own = null;
        if (ownFile != null) {
            own = draft.folder().resolve(ownFile);
            files.add(own);
            binary += sizeOf(own).orElse(0L);
        }
        long images = EmailSending.signatureImages(draft.message()).stream().mapToLong(i -> i.bytes().length).sum();
        long size = MailContent.estimatedSize(message.text().length(),
                message.html() == null ? 0 : message.html().length(), binary + (message.html() == null ? 0 : images));
        return new DocumentPlan.Mail(message, own, files, size);
    }

    private static List<UserMessage> warnings(List<DocumentPlan.Mail> mails, long sizeLimit) {
        List<DocumentPlan.Mail> tooLarge = mails.stream().filter(m -> m.size() > sizeLimit).toList();
        if (tooLarge.isEmpty()) {
            return List.of();
        }
        long heaviest = tooLarge.stream().mapToLong(DocumentPlan.Mail::size).max().orElse(0);
        List<String> names = tooLarge.stream().map(m -> m.message().recipientName()).toList();
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_IN_WARNING, names.size())))
                + (names.size() > NAMES_IN_WARNING ? ", …" : "");
        return List.of(UserMessage.of("document.warning.tooLarge", tooLarge.size(), shown,
                ProviderLimits.megabytes(heaviest), ProviderLimits.megabytes(sizeLimit)));
    }

    /** The folder's documents by name: regular files, without hidden ones and office lock files ("~$…"). */
    private static List<String> folderFiles(Validator v, Path folder) {
        if (!Files.isDirectory(folder)) {
            v.add("folder", UserMessage.of("document.folderMissing", folder.toString()));
            return List.of();
        }
        List<String> names;
        try (Stream<Path> listed = Files.list(folder)) {
            names = listed.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.startsWith("~$")).sorted().toList();
        } catch (IOException e) {
            throw new MissiveException(UserMessage.of("document.folderUnreadable", folder.toString()));
        }
        if (names.isEmpty()) {
            v.add("folder", UserMessage.of("document.folderEmpty", folder.toString()));
        }
        return names;
    }

    private static Optional<Long> sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) && Files.isReadable(file) ? Optional.of(Files.size(file))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
