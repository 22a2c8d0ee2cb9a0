package fr.missive.store.accounts;

import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Security;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** The {@code imap_*} columns of an account: its mailbox, for the copy into the Sent folder. */
final class ImapColumns {

    /** The column list, in the order {@link #bind} sets them. */
    static final String NAMES = "imap_host, imap_port, imap_security, imap_user, imap_sent_folder";
    static final String ASSIGNMENTS = "imap_host = ?, imap_port = ?, imap_security = ?, imap_user = ?,"
            + " imap_sent_folder = ?";
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?";
    static final int COUNT = 5;

    private ImapColumns() {
    }

    /** Binds the five columns from {@code first}; null settings leave them empty. */
    static void bind(PreparedStatement p, int first, ImapSettings s) throws SQLException {
        if (s == null) {
            for (int i = 0; i < COUNT; i++) {
                p.setNull(first + i, i == 1 ? Types.INTEGER : Types.VARCHAR);
            }
            return;
        }
        p.setString(first, s.host());
        p.setInt(first + 1, s.port());
        p.setString(first + 2, s.security().name());
        p.setString(first + 3, s.user());
        p.setString(first + 4, s.sentFolder());
    }

    /** The settings of the current row; null when it has no IMAP host. */
    static ImapSettings read(ResultSet rs) throws SQLException {
        String host = rs.getString("imap_host");
        if (host == null) {
            return null;
        }
        return new ImapSettings(host, rs.getInt("imap_port"), Security.valueOf(rs.getString("imap_security")),
                rs.getString("imap_user"), rs.getString("imap_sent_folder"));
    }
}
