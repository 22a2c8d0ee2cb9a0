package fr.missive.store.settings;

import fr.missive.store.db.Database;
import fr.missive.store.db.UpdateOrInsert;
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
            UpdateOrInsert.write(c, u -> {
                try (PreparedStatement update = u.prepareStatement("UPDATE setting SET value = ? WHERE name = ?")) {
                    update.setString(1, value);
                    update.setString(2, name);
                    return update.executeUpdate();
                }
            }, i -> {
                try (PreparedStatement insert = i.prepareStatement("INSERT INTO setting (name, value) VALUES (?, ?)")) {
                    insert.setString(1, name);
                    insert.setString(2, value);
                    return insert.executeUpdate();
                }
            });
            return null;
        });
    }
}
