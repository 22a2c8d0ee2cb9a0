package fr.missive.store.outbox;

import fr.missive.store.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/** An account row for the store tests that queue a message and need nothing more of its account. */
public final class TestAccountRows {

    private TestAccountRows() {
    }

    /** A personal account without settings that matter here; returns its id. */
    public static long account(Database db) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mail_account (kind, name, address,"
                    + " settings_source, smtp_allow_plain, mask_recipients, verified, copy_sent, created_at) VALUES"
                    + " ('PERSONAL', 'Secrétariat', 'secretariat@college-test.fr', 'OWN', FALSE, FALSE, FALSE, FALSE,"
                    + " ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setTimestamp(1, Timestamp.from(Instant.now()));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong("id");
                }
            }
        });
    }
}
