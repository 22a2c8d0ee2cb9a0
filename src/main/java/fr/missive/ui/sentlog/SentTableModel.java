package fr.missive.ui.sentlog;

import fr.missive.i18n.Messages;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.ui.common.MailRowsTableModel;
import java.time.Instant;

/** The sent log as rows: date, account, recipients, subject, status, Sent-folder copy. Dates sort as dates. */
final class SentTableModel extends MailRowsTableModel<SentEntry> {

    SentTableModel(Messages messages) {
        super(messages, "ui.sent.column.", "date", "account", "to", "subject", "status", "copy");
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
            case 4 -> messages.get(e.state().messageKey());
            default -> messages.get(e.imapCopy().messageKey());
        };
    }
}
