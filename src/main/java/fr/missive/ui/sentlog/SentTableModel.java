package fr.missive.ui.sentlog;

import fr.missive.i18n.Messages;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.ui.common.MailRowsTableModel;
import fr.missive.model.sentlog.ImapCopyState;
import fr.missive.model.sentlog.SentFilter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The sent log as rows: date, account, recipients, subject, status, Sent-folder copy. Dates sort as dates. */
final class SentTableModel extends MailRowsTableModel<SentEntry> {

    SentTableModel(Messages messages) {
        super(messages, "ui.sent.column.", "date", "account", "to", "subject", "status", "copy");
    }

    /** The status texts and the Sent-folder texts, to size their columns. */
    List<String> stateTexts() {
        return Stream.concat(SentFilter.LOGGED.stream().map(s -> s.messageKey()), Stream.of(SentEntry.PARTLY_SENT_KEY))
                .map(messages::get).toList();
    }

    List<String> copyTexts() {
        // The retrying sentence is long and rare: its cell shows it whole in the detail pane.
        return Stream.of(ImapCopyState.NONE, ImapCopyState.PENDING, ImapCopyState.DONE)
                .map(s -> messages.get(s.messageKey())).toList();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 ? Instant.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        SentEntry e = entry(row);
        return switch (column) {
            case 0 -> e.date();
            case 1 -> accountName(e.accountId(), "?");
            case 2 -> String.join(", ", e.recipients());
            case 3 -> e.subject();
            case 4 -> messages.get(e.statusKey());
            default -> messages.get(e.imapCopy().messageKey());
        };
    }
}
