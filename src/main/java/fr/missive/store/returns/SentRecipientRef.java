package fr.missive.store.returns;

import fr.missive.model.outbox.MailOrigin;
import java.util.List;

/**
 * A logged message as the returns are matched against it.
 *
 * @param recipients its {@code sent_recipient} rows, in envelope order
 */
public record SentRecipientRef(long sentId, long accountId, String messageId, MailOrigin origin,
                               List<Row> recipients) {

    public SentRecipientRef {
        recipients = List.copyOf(recipients);
    }

    /** One recipient row: its id and its address as the envelope named it (ASCII form). */
    public record Row(long id, String address) {
    }
}
