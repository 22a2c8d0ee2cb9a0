package fr.missive.store.users;

import fr.missive.model.EmailAddress;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Users in the {@code app_user} table. */
public final class JdbcUserStore implements UserStore {

    private static final String SELECT = "SELECT id, name, email, role, password_hash FROM app_user";

    private final Database db;

    public JdbcUserStore(Database db) {
        this.db = db;
    }

    @Override
    public List<User> findAll() {
        return db.inTransaction(c -> query(c, SELECT + " ORDER BY name", null));
    }

    @Override
    public Optional<User> findByName(String name) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE LOWER(name) = LOWER(?)", name.strip()))
                .stream().findFirst();
    }

    @Override
    public Optional<User> find(long id) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE id = ?", id)).stream().findFirst();
    }

    @Override
    public User save(User user) {
        return db.inTransaction(c -> insertOrUpdate(c, user));
    }

    /** Same as {@link #save(User)}, inside a transaction the caller already holds. */
    public static User insertOrUpdate(Connection c, User user) throws SQLException {
        if (user.id() == null) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO app_user (name, email, role, password_hash,"
                    + " created_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(p, user);
                p.setTimestamp(5, Timestamp.from(Instant.now()));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return new User(keys.getLong(1), user.name(), user.email(), user.role(), user.passwordHash());
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE app_user SET name = ?, email = ?, role = ?, password_hash = ? WHERE id = ?")) {
            bind(p, user);
            p.setLong(5, user.id());
            p.executeUpdate();
            return user;
        }
    }

    @Override
    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM app_user WHERE id = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement p, User user) throws SQLException {
        p.setString(1, user.name());
        if (user.email() == null) {
            p.setNull(2, Types.VARCHAR);
        } else {
            p.setString(2, user.email().toString());
        }
        p.setString(3, user.role().name());
        if (user.passwordHash() == null) {
            p.setNull(4, Types.VARCHAR);
        } else {
            p.setString(4, user.passwordHash());
        }
    }

    private static List<User> query(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (param != null) {
                p.setObject(1, param);
            }
            List<User> users = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String email = rs.getString("email");
                    users.add(new User(rs.getLong("id"), rs.getString("name"),
                            email == null ? null : EmailAddress.parse(email),
                            Role.valueOf(rs.getString("role")), rs.getString("password_hash")));
                }
            }
            return users;
        }
    }
}
