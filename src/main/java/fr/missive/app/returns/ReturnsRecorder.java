package fr.missive.app.returns;

import fr.missive.model.contacts.Contact;
import fr.missive.model.outbox.MailOrigin.ContactRef;
import fr.missive.model.returns.BounceMark;
import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReturnKind;
import fr.missive.model.returns.ReturnReport;
import fr.missive.store.contacts.ContactStore;
import fr.missive.store.returns.ReturnStore;
import fr.missive.store.returns.SentRecipientRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches a report to the logged message by its Message-ID and to each recipient row by address
 * (without case, ASCII or Unicode domain alike), records it, and marks the bounced addresses on
 * the contacts the message concerned. A report about a message Missive did not send is left
 * alone: nothing is recorded and the caller must not touch it.
 */
public final class ReturnsRecorder {

    private final ReturnStore store;
    private final ContactStore contacts;

    public ReturnsRecorder(ReturnStore store, ContactStore contacts) {
        this.store = store;
        this.contacts = contacts;
    }

    public RecordedReport record(ReturnReport report) {
        Optional<SentRecipientRef> sent = store.findSent(report.originalMessageId().strip());
        if (sent.isEmpty()) {
            return new RecordedReport(report, null, null, List.of(), List.of(), List.of());
        }
        SentRecipientRef message = sent.get();
        List<RecipientReturn> recorded = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Long> marked = new ArrayList<>();
        for (RecipientReturn r : report.recipients()) {
            Optional<SentRecipientRef.Row> row = message.recipients().stream()
                    .filter(candidate -> Addresses.same(candidate.address(), r.address())).findFirst();
            if (row.isEmpty()) {
                unknown.add(r.address());
                continue;
            }
            if (store.record(row.get().id(), report.reportMessageId(), report.format(), r, report.receivedAt())) {
                recorded.add(r);
                if (r.kind() == ReturnKind.BOUNCED) {
                    marked.addAll(markContacts(message, r, report));
                }
            }
        }
        return new RecordedReport(report, message.sentId(), null, recorded, unknown, marked);
    }

    /** The contacts the message concerned whose address is the one that bounced. */
    private List<Long> markContacts(SentRecipientRef message, RecipientReturn bounce, ReturnReport report) {
        List<Long> marked = new ArrayList<>();
        for (ContactRef ref : message.origin().contacts()) {
            Optional<Contact> contact = contacts.find(ref.id());
            if (contact.isEmpty() || contact.get().email() == null
                    || !Addresses.same(contact.get().email().toAscii(), bounce.address())) {
                continue;
            }
            BounceMark mark = new BounceMark(ref.id(), contact.get().email().toString(),
                    bounce.at() != null ? bounce.at() : report.receivedAt(),
                    bounce.reason() == null ? BounceReason.OTHER : bounce.reason(), bounce.diagnostic(),
                    message.sentId());
            if (store.markBounced(mark)) {
                marked.add(ref.id());
            }
        }
        return marked;
    }
}
