package fr.missive.store.accounts;

import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.store.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

/** The workstation's settings in the one row of {@code workstation_mail}. */
public final class JdbcWorkstationStore implements WorkstationStore {

    private final Database db;

    public JdbcWorkstationStore(Database db) {
        this.db = db;
    }

    @Override
    public WorkstationSettings load() {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT profile_id, sender_name, sender_address,"
                    + " authorised_domains, " + SmtpColumns.NAMES + " FROM workstation_mail WHERE id = 1");
                 ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return WorkstationSettings.NONE;
                }
                long profile = rs.getLong("profile_id");
                Long profileId = rs.wasNull() ? null : profile;
                String address = rs.getString("sender_address");
                String domains = rs.getString("authorised_domains");
                List<String> list = domains.isBlank() ? List.of() : Arrays.asList(domains.split(","));
                return new WorkstationSettings(profileId, SmtpColumns.read(c, rs), rs.getString("sender_name"),
                        address == null ? null : EmailAddress.parse(address), list);
            }
        });
    }

    @Override
    public void save(WorkstationSettings s) {
        db.inTransaction(c -> {
            SmtpColumns.savePin(c, s.smtp());
            try (PreparedStatement d = c.prepareStatement("DELETE FROM workstation_mail WHERE id = 1")) {
                d.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO workstation_mail (id, profile_id, sender_name,"
                    + " sender_address, authorised_domains, " + SmtpColumns.NAMES
                    + ") VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                if (s.profileId() == null) {
                    p.setNull(1, Types.BIGINT);
                } else {
                    p.setLong(1, s.profileId());
                }
                p.setString(2, s.senderName());
                p.setString(3, s.senderAddress() == null ? null : s.senderAddress().toString());
                p.setString(4, String.join(",", s.authorisedDomains()));
                SmtpColumns.bind(p, 5, s.smtp());
                p.executeUpdate();
            }
            return null;
        });
    }
}
