package fr.missive.app.returns;

import fr.missive.model.UserMessage;
import fr.missive.model.returns.BounceMark;
import fr.missive.model.returns.LoggedReturn;
import fr.missive.model.returns.MailingReturns;
import fr.missive.model.returns.RecipientReturns;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * What came back for a recipient, one sentence, for the detail pane, {@code sent show} and the
 * contact: "bounced on 12/01/2027 14:02: unknown address (server: 550 5.1.1 User unknown)",
 * "delayed", "read on …".
 */
public final class ReturnLines {

    private final DateTimeFormatter time;
    private final Function<UserMessage, String> words;

    /**
     * @param time  how dates are written, in the user's language and time zone
     * @param words the user's words for a message (the reasons)
     */
    public ReturnLines(DateTimeFormatter time, Function<UserMessage, String> words) {
        this.time = time;
        this.words = words;
    }

    /** The sentence of the recipient's current state (bounced, delayed, delivered, read or deleted). */
    public UserMessage line(RecipientReturns returns) {
        LoggedReturn r = returns.current().orElseThrow();
        return line(r);
    }

    public UserMessage line(LoggedReturn r) {
        String at = format(r.at());
        String reason = r.reason() == null ? "" : words.apply(UserMessage.of("returns.reason." + r.reason().name()));
        String server = r.diagnostic() == null ? "" : r.diagnostic();
        return UserMessage.of("returns.line." + r.kind().name() + (server.isEmpty() ? "" : ".server"),
                r.address(), at, reason, server);
    }

    /** "asked" or "not asked": whether the message asked for a read receipt. */
    public static UserMessage receiptAsked(boolean asked) {
        return UserMessage.of(asked ? "sent.readReceipt.asked" : "sent.readReceipt.notAsked");
    }

    /** "2 of the 30 letters of this mailing came back (bounced: 1, delayed: 1)". */
    public UserMessage mailing(MailingReturns mailing) {
        return UserMessage.of("returns.mailing", mailing.letters(), mailing.cameBack(), mailing.bounced(),
                mailing.delayed());
    }

    /** "Address bounced on 12/01/2027: unknown address (server: …)" for a contact. */
    public UserMessage mark(BounceMark mark) {
        String reason = words.apply(UserMessage.of("returns.reason." + mark.reason().name()));
        return mark.serverText() == null
                ? UserMessage.of("returns.mark", mark.address(), format(mark.bouncedAt()), reason)
                : UserMessage.of("returns.mark.server", mark.address(), format(mark.bouncedAt()), reason,
                mark.serverText());
    }

    private String format(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }
}
