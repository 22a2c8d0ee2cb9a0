package fr.missive.app.outbox;

import fr.missive.model.mail.DeliveryOutcome;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.RefusedRecipient;
import fr.missive.model.mail.SmtpReply;
import fr.missive.model.outbox.RecipientOutcome;
import fr.missive.model.outbox.RecipientStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The server's answers of one attempt, one per recipient it tried, as the outbox records them. */
final class RecipientAnswers {

    private RecipientAnswers() {
    }

    /**
     * The message was accepted: each recipient of this attempt's envelope was accepted with the
     * message's reply, except those the server refused with a reply of their own.
     */
    static List<RecipientOutcome> ofDelivered(List<String> envelope, DeliveryOutcome.Delivered d, Instant at) {
        Map<String, RefusedRecipient> refused = new HashMap<>();
        d.refused().forEach(r -> refused.putIfAbsent(key(r.address()), r));
        SmtpReply accepted = SmtpReply.parse(d.serverReply());
        List<RecipientOutcome> outcomes = new ArrayList<>(envelope.size());
        for (String address : envelope) {
            RefusedRecipient r = refused.remove(key(address));
            outcomes.add(r == null ? new RecipientOutcome(address, RecipientStatus.ACCEPTED, accepted, at)
                    : refusal(r, at));
        }
        // A refusal for an address the envelope did not hold (never expected) is still recorded.
        refused.values().forEach(r -> outcomes.add(refusal(r, at)));
        return outcomes;
    }

    /** Every recipient refused, each with its own reply. */
    static List<RecipientOutcome> ofRefused(List<RefusedRecipient> refused, Instant at) {
        return refused.stream().map(r -> refusal(r, at)).toList();
    }

    /**
     * The server answered the message as a whole (a reply to MAIL FROM or to its end, a connection
     * lost in between): that answer is each recipient's; none when the server said nothing.
     */
    static List<RecipientOutcome> ofMessage(List<String> envelope, RecipientStatus status, Diagnosis d, Instant at) {
        SmtpReply reply = d.serverReply().filter(r -> r.code() > 0).orElse(null);
        if (reply == null) {
            return List.of();
        }
        return envelope.stream().map(a -> new RecipientOutcome(a, status, reply, at)).toList();
    }

    /** "a@x.fr (550 5.1.1 unknown); b@x.fr (451 4.7.1 try later)": every recipient named with its reason. */
    static String describe(List<RefusedRecipient> refused) {
        return refused.stream().map(r -> r.address() + " (" + r.reply().text() + ")")
                .collect(Collectors.joining("; "));
    }

    private static RecipientOutcome refusal(RefusedRecipient r, Instant at) {
        RecipientStatus status = r.isTemporary() ? RecipientStatus.DEFERRED : RecipientStatus.REFUSED;
        return new RecipientOutcome(r.address(), status, r.reply(), at);
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
