package fr.missive.store.institution;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import fr.missive.model.users.User;
import fr.missive.store.db.Database;
import fr.missive.store.users.JdbcUserStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** The institution in the single-row {@code institution} table. */
public final class JdbcInstitutionStore implements InstitutionStore {

    private final Database db;

    public JdbcInstitutionStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Institution> find() {
        return db.inTransaction(JdbcInstitutionStore::read);
    }

    private static Optional<Institution> read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, address_line1, address_line2, address_line3, postcode, city, country, phone,"
                        + " sender_name FROM institution WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Institution(rs.getString("name"),
                    new PostalAddress(List.of(rs.getString("address_line1"), rs.getString("address_line2"),
                            rs.getString("address_line3")), rs.getString("postcode"), rs.getString("city"),
                            rs.getString("country")),
                    rs.getString("phone"), rs.getString("sender_name")));
        }
    }

    @Override
    public Optional<Logo> findLogo() {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT logo, logo_media_type FROM institution WHERE id = 1 AND logo IS NOT NULL")) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Logo(rs.getBytes(1), rs.getString(2)));
            }
        });
    }

    @Override
    public void save(Institution institution, Optional<Logo> logo) {
        db.inTransaction(c -> {
            if (read(c).isEmpty()) {
                throw new MissiveException(UserMessage.of("setup.notInitialised"));
            }
            write(c, "UPDATE institution SET name = ?, address_line1 = ?, address_line2 = ?, address_line3 = ?,"
                    + " postcode = ?, city = ?, country = ?, phone = ?, sender_name = ? WHERE id = 1", institution);
            if (logo.isPresent()) {
                writeLogo(c, logo.get());
            }
            return null;
        });
    }

    @Override
    public User initialise(Institution institution, Optional<Logo> logo, User administrator) {
        return db.inTransaction(c -> {
            if (read(c).isPresent()) {
                throw new MissiveException(UserMessage.of("setup.alreadyInitialised"));
            }
            write(c, "INSERT INTO institution (name, address_line1, address_line2, address_line3, postcode, city,"
                    + " country, phone, sender_name, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", institution);
            if (logo.isPresent()) {
                writeLogo(c, logo.get());
            }
            return JdbcUserStore.insertOrUpdate(c, administrator);
        });
    }

    private static void write(Connection c, String sql, Institution i) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, i.name());
            p.setString(2, i.address().line(0));
            p.setString(3, i.address().line(1));
            p.setString(4, i.address().line(2));
            p.setString(5, i.address().postcode());
            p.setString(6, i.address().city());
            p.setString(7, i.address().country());
            p.setString(8, i.phone());
            p.setString(9, i.senderName());
            p.executeUpdate();
        }
    }

    private static void writeLogo(Connection c, Logo logo) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE institution SET logo = ?, logo_media_type = ? WHERE id = 1")) {
            p.setBytes(1, logo.bytes());
            p.setString(2, logo.mediaType());
            p.executeUpdate();
        }
    }
}
