package fr.missive.app.outbox;

import fr.missive.app.ValidationException;
import fr.missive.mail.BuiltMessage;
import fr.missive.mail.MimeBuilder;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.OutgoingMessage;
import fr.missive.model.mail.Sender;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.users.User;
import fr.missive.store.outbox.OutboxStore;
import java.time.Instant;
import java.util.List;

/**
 * One sending's messages, built from one account's settings resolved once: {@link #build} may
 * run on several threads at once (the MIME and its base64 are a large part of queueing a
 * letter with its PDF), {@link #commit} on one writer, which puts what it is given in the outbox
 * in one transaction. A message is queued only once its transaction is committed.
 */
public final class OutboxBatch {

    private final User actor;
    private final Account account;
    private final Sender sender;
    private final EmailAddress receiptTo;
    private final Instant now;
    private final long largest;
    private final QueueOptions options;
    private final MimeBuilder mime;
    private final OutboxStore store;
    private final DeliveryWorker worker;

    OutboxBatch(User actor, Account account, Sender sender, EmailAddress receiptTo, Instant now, long largest,
                QueueOptions options, MimeBuilder mime, OutboxStore store, DeliveryWorker worker) {
        this.actor = actor;
        this.account = account;
        this.sender = sender;
        this.receiptTo = receiptTo;
        this.now = now;
        this.largest = largest;
        this.options = options;
        this.mime = mime;
        this.store = store;
        this.worker = worker;
    }

    /**
     * The message's bytes as they will be delivered, with its Message-ID fixed now.
     *
     * @throws ValidationException on {@code attachments} when its server would refuse its size
     */
    public NewOutboxMessage build(MailContent content) {
        OutgoingMessage message = new OutgoingMessage(sender, content.to(), List.of(), List.of(),
                account.maskRecipients(), content.subject(), content.text(), content.html(),
                content.inlineImages(), content.attachments());
        BuiltMessage bytes = mime.build(message, MimeBuilder.newMessageId(sender.from()), now, receiptTo);
        if (bytes.bytes().length > largest) {
            // Its server would refuse it, and only after the whole upload: say so now, with both sizes.
            throw ValidationException.of("attachments", MessageSizeLimit.tooLarge(bytes.bytes().length, largest));
        }
        return new NewOutboxMessage(account.id(), actor.id(), bytes.messageId(), message.subject(),
                bytes.envelopeFrom(), bytes.recipients(), bytes.bytes(), content.origin(),
                OutboxService.kinds(message), options.readReceipt(), options.mailing(), content.letter());
    }

    /** Commits these messages in one transaction (iterated once, so they may be built as it goes); their ids. */
    public List<Long> commit(Iterable<NewOutboxMessage> messages) {
        List<Long> ids = store.enqueue(messages, now);
        worker.wake();
        return ids;
    }
}
