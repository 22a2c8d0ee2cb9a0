package fr.missive.store.settings;

import fr.missive.store.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Settings in the {@code setting} table. */
public final class JdbcSettingsStore implements SettingsStore {

    private final Database db;

    public JdbcSettingsStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String name) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT value FROM setting WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String name, String value) {
        db.inTransaction(c -> {
            // UPDATE then INSERT: portable where MERGE and ON CONFLICT are not.
            try (PreparedStatement u = c.prepareStatement("UPDATE setting SET value = ? WHERE name = ?")) {
                u.setString(1, value);
                u.setString(2, name);
                if (u.executeUpdate() == 0) {
                    try (PreparedStatement i = c.prepareStatement("INSERT INTO setting (name, value) VALUES (?, ?)")) {
                        i.setString(1, name);
                        i.setString(2, value);
                        i.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
