package fr.missive.ui.outbox;

import fr.missive.i18n.Messages;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.ui.common.MailRowsTableModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The outbox's messages as table rows: state, account, recipients, subject, attempts, when, last error. */
final class OutboxTableModel extends MailRowsTableModel<OutboxEntry> {

    private final DateTimeFormatter time;

    OutboxTableModel(Messages messages) {
        super(messages, "ui.outbox.column.", "state", "account", "to", "subject", "attempts", "when", "error");
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    /** The longest texts each short column can show, to size it: states, then the "when" texts. */
    List<String> stateTexts() {
        return java.util.Arrays.stream(OutboxState.values()).map(st -> messages.get(st.messageKey())).toList();
    }

    List<String> whenTexts() {
        String late = format(SAMPLE_DATE);
        return List.of(messages.get("ui.outbox.sentAt", late), messages.get("ui.outbox.nextAttempt", late),
                messages.get("ui.outbox.queuedAt", late));
    }

    /** The 31st of December at 23:59: the widest date and time in every format. */
    static final Instant SAMPLE_DATE = java.time.LocalDateTime.of(2026, 12, 31, 23, 59)
            .atZone(ZoneId.systemDefault()).toInstant();

    /** The row of the message, or -1. */
    int rowOf(long id) {
        List<OutboxEntry> entries = entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 4 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        OutboxEntry e = entry(row);
        return switch (column) {
            case 0 -> messages.get(e.state().messageKey());
            case 1 -> accountName(e.accountId(), "");
            case 2 -> String.join(", ", e.recipients());
            case 3 -> e.subject();
            case 4 -> e.attempts();
            case 5 -> when(e);
            default -> error(e);
        };
    }

    /** When it was sent, when it will be tried again, or when it was queued. */
    private String when(OutboxEntry e) {
        if (e.state() == OutboxState.SENT) {
            return messages.get("ui.outbox.sentAt", format(e.sentAt()));
        }
        if (e.state() == OutboxState.DEFERRED) {
            return messages.get("ui.outbox.nextAttempt", format(e.nextAttemptAt()));
        }
        return messages.get("ui.outbox.queuedAt", format(e.queuedAt()));
    }

    private String error(OutboxEntry e) {
        if (!e.refused().isEmpty() && e.state() == OutboxState.SENT) {
            return messages.get("ui.outbox.refused", String.join("; ", e.refused()));
        }
        return e.error().map(messages::get).orElse("");
    }

    private String format(Instant at) {
        return at == null ? "" : time.format(at);
    }
}
