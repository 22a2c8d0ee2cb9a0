package fr.missive.app.sentlog;

import fr.missive.app.Validator;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.outbox.OutboxService;
import fr.missive.i18n.Messages;
import fr.missive.mail.MimeBuilder;
import fr.missive.mail.MimeReader;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.InlineLetterInputs;
import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.model.outbox.RecipientKind;
import fr.missive.model.sentlog.RecipientResult;
import fr.missive.model.sentlog.SentAttachment;
import fr.missive.model.sentlog.SentContent;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import fr.missive.model.users.User;
import fr.missive.store.outbox.OutboxStore;
import fr.missive.store.sentlog.SentLogStore;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The log of what left: who may see which account's messages (their personal account and the
 * institution accounts they are authorised on; administrators every account), search, resend,
 * and the purge of what is older than the retention period.
 */
public final class SentLogService {

    /** More than a school sends in a year from one secretariat. */
    public static final int LIST_LIMIT = 20_000;

    private final AccountService accounts;
    private final SentLogStore store;
    private final OutboxStore outbox;
    private final DeliveryWorker worker;
    private final MimeReader reader;
    private final Retention retention;
    private final Clock clock;
    private final SentCopies copies;
    private final OutboxService sending;

    public SentLogService(AccountService accounts, SentLogStore store, OutboxStore outbox, DeliveryWorker worker,
                          MimeReader reader, Retention retention, Clock clock, SentCopies copies,
                          OutboxService sending) {
        this.copies = copies;
        this.sending = sending;
        this.accounts = accounts;
        this.store = store;
        this.outbox = outbox;
        this.worker = worker;
        this.reader = reader;
        this.retention = retention;
        this.clock = clock;
    }

    /** The accounts whose log the user may read, by name. */
    public List<Account> visibleAccounts(User actor) {
        return accounts.list(actor);
    }

    /** The account names by id, of the accounts the user may see. */
    public Map<Long, String> accountNames(User actor) {
        return visibleAccounts(actor).stream().collect(Collectors.toMap(Account::id, Account::name));
    }

    /**
     * The logged messages matching the filter, newest first. The filter's accounts are narrowed
     * to those the user may see (all of them when it names none).
     */
    public List<SentEntry> list(User actor, SentFilter filter) {
        Set<Long> visible = visibleAccounts(actor).stream().map(Account::id).collect(Collectors.toSet());
        Set<Long> wanted = new HashSet<>(filter.accountIds().isEmpty() ? visible : filter.accountIds());
        wanted.retainAll(visible);
        List<SentEntry> entries = store.list(filter.withAccounts(wanted), LIST_LIMIT);
        if (filter.search() == null) {
            return entries;
        }
        List<String> words = List.of(fold(filter.search()).split("\\s+"));
        return entries.stream().filter(e -> matches(e, words)).toList();
    }

    /** The account's entries; the name must be one the user may see. */
    public SentFilter forAccount(User actor, String accountName, SentFilter filter) {
        Account account = accounts.require(actor, accountName);
        return filter.withAccounts(Set.of(account.id()));
    }

    public SentEntry require(User actor, long id) {
        return store.find(id).filter(e -> mayRead(actor, e))
                .orElseThrow(() -> new MissiveException(UserMessage.of("sentlog.notFound", String.valueOf(id))));
    }

    public SentDetails details(User actor, long id) {
        SentEntry entry = require(actor, id);
        return new SentDetails(entry, accountNames(actor).getOrDefault(entry.accountId(), "?"), content(entry));
    }

    /** The exact bytes that left. */
    public byte[] raw(User actor, long id) {
        SentEntry entry = require(actor, id);
        return store.mime(entry.id()).orElseThrow(() ->
                new MissiveException(UserMessage.of("sentlog.notFound", String.valueOf(id))));
    }

    /**
     * Queues the message again, with a new Message-ID, to the same recipients or to the one
     * corrected address; the new outbox message is linked to the first. Returns its id.
     */
    public long resend(User actor, long id, String correctedTo) {
        SentEntry entry = require(actor, id);
        Account account = visibleAccounts(actor).stream().filter(a -> a.id() == entry.accountId()).findFirst()
                .orElseThrow(() -> new MissiveException(UserMessage.of("sentlog.notFound", String.valueOf(id))));
        accounts.requireSendable(actor, account.name());
        EmailAddress to = null;
        if (correctedTo != null && !correctedTo.isBlank()) {
            Validator v = new Validator();
            to = v.optionalEmail("to", correctedTo);
            v.throwIfInvalid();
        }
        List<String> recipients = to == null ? originalRecipients(entry) : List.of(to.toAscii());
        if (recipients.isEmpty()) {
            throw new MissiveException(UserMessage.of("sentlog.noRecipient", String.valueOf(id)));
        }
        byte[] original = raw(actor, id);
        String messageId = MimeBuilder.newMessageId(EmailAddress.parse(entry.from()));
        byte[] bytes = reader.copyForResend(original, messageId, to == null ? null : to.toString());
        Instant now = clock.instant();
        long newId = outbox.enqueue(List.of(new NewOutboxMessage(entry.accountId(), actor.id(), messageId,
                entry.subject(), entry.from(), recipients, bytes, entry.origin(),
                to == null ? kinds(entry) : Map.of(to.toAscii(), RecipientKind.TO))), now).get(0);
        store.linkResend(newId, entry.id());
        worker.wake();
        return newId;
    }

    /**
     * Queues a new message from the same account to the typed addresses (separated by commas or
     * semicolons): the note, a "Forwarded message" block and the original text, with the
     * original files attached; linked to the first. Returns the new message's id.
     *
     * @param language the language of the forward's block and subject prefix
     */
    public long forward(User actor, long id, String to, String note, Locale language) {
        SentDetails original = details(actor, id);
        Validator v = new Validator();
        List<EmailAddress> addresses = new ArrayList<>();
        for (String part : (to == null ? "" : to).split("[,;]")) {
            EmailAddress address = part.isBlank() ? null : v.optionalEmail("to", part);
            if (address != null && !addresses.contains(address)) {
                addresses.add(address);
            }
        }
        if (addresses.isEmpty() && !v.hasErrors()) {
            v.add("to", UserMessage.of("mail.problem.RECIPIENT_REQUIRED"));
        }
        v.throwIfInvalid();
        MailContent content = new ForwardedMessage(Messages.forLocale(language), ZoneId.systemDefault())
                .build(original, attachments(actor, id), addresses, note);
        long newId = sending.queue(actor, original.accountName(), List.of(content)).get(0);
        store.linkForward(newId, id);
        return newId;
    }

    /** The files the message carried, with their bytes. */
    public List<SentAttachment> attachments(User actor, long id) {
        return reader.attachments(raw(actor, id));
    }

    /**
     * What renders again the letter the message carried in its body, as it was sent; empty when
     * it carried none or was logged before Missive kept these.
     */
    public Optional<InlineLetterInputs> inlineLetter(User actor, long id) {
        return store.inlineLetter(require(actor, id).id());
    }

    /** The copy of sent mail into the account's IMAP Sent folder. */
    public SentCopies copies() {
        return copies;
    }

    /** How long messages are kept, in days. */
    public int retentionDays() {
        return retention.days();
    }

    /** Administrators only. */
    public void setRetentionDays(User actor, int days) {
        requireAdmin(actor);
        retention.setDays(days);
    }

    /** Deletes the messages older than the retention period, with their bytes; returns how many. */
    public int purgeExpired() {
        return store.purgeBefore(clock.instant().minus(Duration.ofDays(retention.days())));
    }

    /** Removes from the log every message sent to the address (a deleted contact's data); administrators only. */
    public int purgeRecipient(User actor, String address) {
        requireAdmin(actor);
        Validator v = new Validator();
        EmailAddress parsed = v.optionalEmail("address", address);
        v.throwIfInvalid();
        if (parsed == null) {
            v.add("address", UserMessage.of("mail.problem.RECIPIENT_REQUIRED"));
            v.throwIfInvalid();
        }
        return store.purgeRecipient(parsed.toAscii());
    }

    /**
     * Removes from the log every message that concerned the contact (by the letter or message
     * merged for them) and, when given, every message sent to their address: what the school
     * does when a family asks for its data to be erased. Administrators only.
     */
    public int purgeContact(User actor, long contactId, String address) {
        requireAdmin(actor);
        int purged = store.purgeContact(contactId);
        return address == null || address.isBlank() ? purged : purged + purgeRecipient(actor, address);
    }

    /**
     * How many logged messages concern the contacts (merged for them or sent to their address):
     * what deleting them may leave in the log. Zero for staff, who may not purge it.
     */
    public int aboutContacts(User actor, List<Contact> contacts) {
        if (!actor.isAdmin()) {
            return 0;
        }
        int count = 0;
        for (Contact c : contacts) {
            count += store.countAbout(c.id(), c.email() == null ? null : c.email().toAscii());
        }
        return count;
    }

    /** Purges the contacts' messages from the log (see {@link #purgeContact}); returns how many. */
    public int purgeContacts(User actor, List<Contact> contacts) {
        requireAdmin(actor);
        int purged = 0;
        for (Contact c : contacts) {
            purged += purgeContact(actor, c.id(), c.email() == null ? null : c.email().toAscii());
        }
        return purged;
    }

    private static void requireAdmin(User actor) {
        if (!actor.isAdmin()) {
            throw new MissiveException(UserMessage.of("sentlog.adminOnly"));
        }
    }

    /** Every recipient of the first sending, those it reached and those it did not. */
    private List<String> originalRecipients(SentEntry entry) {
        return entry.recipients();
    }

    private static Map<String, RecipientKind> kinds(SentEntry entry) {
        Map<String, RecipientKind> kinds = new HashMap<>();
        for (RecipientResult r : entry.results()) {
            if (r.kind() != null) {
                kinds.putIfAbsent(r.address(), r.kind());
            }
        }
        return kinds;
    }

    private boolean mayRead(User actor, SentEntry entry) {
        return actor.isAdmin() || visibleAccounts(actor).stream().anyMatch(a -> a.id() == entry.accountId());
    }

    private SentContent content(SentEntry entry) {
        return store.mime(entry.id()).map(reader::read).orElse(new SentContent(List.of(), List.of(), "", List.of()));
    }

    private boolean matches(SentEntry e, List<String> words) {
        String head = fold(e.subject() + " " + String.join(" ", e.recipients()) + " "
                + (e.origin().template() == null ? "" : e.origin().template()) + " " + e.origin().contactNames() + " "
                + e.origin().aboutName());
        if (words.stream().allMatch(head::contains)) {
            return true;
        }
        SentContent content = content(e);
        String all = head + " " + fold(String.join(" ", content.to()) + " " + String.join(" ", content.cc()) + " "
                + content.text() + " " + String.join(" ", content.attachments()));
        return words.stream().allMatch(all::contains);
    }

    /** Lower case without accents, so "eleve" finds "Élève". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
