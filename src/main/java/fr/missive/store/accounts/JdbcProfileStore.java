package fr.missive.store.accounts;

import fr.missive.model.accounts.DispatchingProfile;
import fr.missive.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Profiles in the {@code smtp_profile} table. */
public final class JdbcProfileStore implements ProfileStore {

    private static final String SELECT = "SELECT id, name, " + SmtpColumns.NAMES + " FROM smtp_profile";

    private final Database db;

    public JdbcProfileStore(Database db) {
        this.db = db;
    }

    @Override
    public List<DispatchingProfile> findAll() {
        return db.inTransaction(c -> query(c, SELECT + " ORDER BY name", null));
    }

    @Override
    public Optional<DispatchingProfile> find(long id) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE id = ?", id)).stream().findFirst();
    }

    @Override
    public Optional<DispatchingProfile> findByName(String name) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE LOWER(name) = LOWER(?)", name.strip()))
                .stream().findFirst();
    }

    @Override
    public DispatchingProfile save(DispatchingProfile profile) {
        return db.inTransaction(c -> {
            SmtpColumns.savePin(c, profile.smtp());
            if (profile.id() == null) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO smtp_profile (name, " + SmtpColumns.NAMES
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    p.setString(1, profile.name());
                    SmtpColumns.bind(p, 2, profile.smtp());
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        return profile.withId(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE smtp_profile SET name = ?, " + SmtpColumns.ASSIGNMENTS + " WHERE id = ?")) {
                p.setString(1, profile.name());
                SmtpColumns.bind(p, 2, profile.smtp());
                p.setLong(2 + SmtpColumns.COUNT, profile.id());
                p.executeUpdate();
                return profile;
            }
        });
    }

    @Override
    public boolean inUse(long id) {
        return db.inTransaction(c -> {
            return uses(c, "mail_account", id) || uses(c, "workstation_mail", id);
        });
    }

    private static boolean uses(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE profile_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    @Override
    public List<String> accountsUsing(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT name FROM mail_account WHERE profile_id = ? ORDER BY name")) {
                p.setLong(1, id);
                List<String> names = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            }
        });
    }

    @Override
    public boolean usedByWorkstation(long id) {
        return db.inTransaction(c -> uses(c, "workstation_mail", id));
    }

    @Override
    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM smtp_profile WHERE id = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    private static List<DispatchingProfile> query(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (param != null) {
                p.setObject(1, param);
            }
            List<DispatchingProfile> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new DispatchingProfile(rs.getLong("id"), rs.getString("name"), SmtpColumns.read(c, rs)));
                }
            }
            return out;
        }
    }
}
