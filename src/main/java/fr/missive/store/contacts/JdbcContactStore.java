package fr.missive.store.contacts;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.RecordVersion;
import fr.missive.model.Versioned;
import fr.missive.store.db.Database;
import fr.missive.store.db.RowVersions;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Contacts in the {@code contact} table, and pupils' guardians in {@code contact_guardian}. */
public final class JdbcContactStore implements ContactStore {

    static final int BATCH = 1000;
    static final String COLUMNS = "kind, title, first_name, last_name, class_name, address_line1,"
            + " address_line2, address_line3, postcode, city, country, email, consent, consent_on,"
            + " consent_source, updated_at, custom_fields";
    static final String INSERT = "INSERT INTO contact (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_COLUMNS = "UPDATE contact SET kind = ?, title = ?, first_name = ?, last_name = ?,"
            + " class_name = ?, address_line1 = ?, address_line2 = ?, address_line3 = ?, postcode = ?,"
            + " city = ?, country = ?, email = ?, consent = ?, consent_on = ?, consent_source = ?,"
            + " updated_at = ?, custom_fields = ?";
    /** An update whose version the caller bumped already ({@link RowVersions}). */
    private static final String UPDATE_VERSIONED = UPDATE_COLUMNS + " WHERE id = ?";
    /**
     * An update by an import or an unchecked save: a new version too, so that an editor who
     * started before it is told; who made it is unknown.
     */
    static final String UPDATE = UPDATE_COLUMNS
            + ", version = version + 1, changed_by = NULL, changed_at = NULL WHERE id = ?";
    private static final String INSERT_LINK =
            "INSERT INTO contact_guardian (pupil_id, guardian_id, rank) VALUES (?, ?, ?)";
    static final String SELECT = "SELECT id, " + COLUMNS + " FROM contact";
    /** Contacts shown: not written by an import still being written (V25, {@link JdbcStagedImport}). */
    private static final String SELECT_SHOWN = SELECT + " WHERE " + shown("import_run");

    private final Database db;

    public JdbcContactStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Contact> findAll() {
        return db.inTransaction(c -> {
            List<Contact> all = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(SELECT_SHOWN + " ORDER BY id")) {
                while (rs.next()) {
                    all.add(read(rs));
                }
            }
            return all;
        });
    }

    @Override
    public List<Contact> findFirst(int limit) {
        return db.inTransaction(c -> {
            List<Contact> first = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                // JDBC's row limit: both engines stop at it, the id's index giving the first rows at once.
                s.setMaxRows(limit);
                try (ResultSet rs = s.executeQuery(SELECT_SHOWN + " ORDER BY id")) {
                    while (rs.next()) {
                        first.add(read(rs));
                    }
                }
            }
            return first;
        });
    }

    @Override
    public Optional<Contact> find(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT_SHOWN + " AND id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(read(rs));
                }
            }
        });
    }

    @Override
    public int count() {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM contact WHERE " + shown("import_run"))) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public Contact save(Contact contact) {
        return db.inTransaction(c -> {
            Contact saved = write(c, List.of(contact), n -> { }, () -> false).get(0);
            return saved;
        });
    }

    @Override
    public Optional<Versioned<Contact>> findVersioned(long id) {
        return db.inTransaction(c -> {
            Optional<RecordVersion> version = RowVersions.read(c, "contact", id);
            if (version.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement p = c.prepareStatement(SELECT_SHOWN + " AND id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new Versioned<>(read(rs), version.get())) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Versioned<Contact> save(Contact contact, Long basedOn, String by) {
        Instant now = Instant.now();
        return db.inTransaction(c -> {
            // The version first: a refused save writes nothing.
            if (contact.id() != null) {
                RowVersions.bump(c, "contact", contact.id(), basedOn, by, now);
            }
            Contact saved = write(c, List.of(contact), n -> { }, () -> false, UPDATE_VERSIONED).get(0);
            RecordVersion version = contact.id() != null
                    ? RowVersions.read(c, "contact", saved.id()).orElse(new RecordVersion(0, by, now))
                    : RowVersions.bump(c, "contact", saved.id(), null, by, now).orElseThrow();
            return new Versioned<>(saved, version);
        });
    }

    @Override
    public void delete(List<Long> ids) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
                for (Long id : ids) {
                    p.setLong(1, id);
                    p.addBatch();
                }
                if (!ids.isEmpty()) {
                    p.executeBatch();
                }
            }
            return null;
        });
    }

    private List<Contact> write(Connection c, List<Contact> contacts, IntConsumer progress,
                                BooleanSupplier cancelled) throws SQLException {
        return write(c, contacts, progress, cancelled, UPDATE);
    }

    private List<Contact> write(Connection c, List<Contact> contacts, IntConsumer progress,
                                BooleanSupplier cancelled, String updateSql) throws SQLException {
        List<Contact> saved = new ArrayList<>(contacts.size());
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement update = c.prepareStatement(updateSql)) {
            for (int from = 0; from < contacts.size(); from += BATCH) {
                if (cancelled.getAsBoolean()) {
                    throw new ContactStore.ImportCancelledException();
                }
                List<Contact> chunk = contacts.subList(from, Math.min(contacts.size(), from + BATCH));
                int inserted = 0;
                int updated = 0;
                for (Contact contact : chunk) {
                    if (contact.id() == null) {
                        bind(insert, contact, now);
                        insert.addBatch();
                        inserted++;
                    } else {
                        bind(update, contact, now);
                        update.setLong(18, contact.id());
                        update.addBatch();
                        updated++;
                    }
                }
                // HSQLDB refuses executeBatch() on an empty batch.
                if (updated > 0) {
                    update.executeBatch();
                }
                List<Long> newIds = new ArrayList<>(inserted);
                if (inserted > 0) {
                    insert.executeBatch();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        while (keys.next()) {
                            newIds.add(keys.getLong(1));
                        }
                    }
                }
                if (newIds.size() != inserted) {
                    throw new SQLException("expected " + inserted + " generated keys, got " + newIds.size());
                }
                int nextNew = 0;
                for (Contact contact : chunk) {
                    saved.add(contact.id() == null ? contact.withId(newIds.get(nextNew++)) : contact);
                }
                progress.accept(from + chunk.size());
            }
        }
        clearStaleBounceMarks(c);
        return saved;
    }

    @Override
    public StagedImport stageImport() {
        return JdbcStagedImport.start(db);
    }

    /** The condition on a row's {@code import_run} column for it to be shown: no import run still being written. */
    static String shown(String importRun) {
        return "(" + importRun + " IS NULL OR " + importRun + " NOT IN (SELECT id FROM contact_import_run))";
    }

    @Override
    public void link(List<Guardianship> links) {
        if (links.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            writeLinks(c, links);
            return null;
        });
    }

    /** Each link updated, or inserted when it did not exist. */
    static void writeLinks(Connection c, List<Guardianship> links) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                     "UPDATE contact_guardian SET rank = ? WHERE pupil_id = ? AND guardian_id = ?");
             PreparedStatement insert = c.prepareStatement(INSERT_LINK)) {
            for (Guardianship link : links) {
                update.setInt(1, link.rank());
                update.setLong(2, link.pupilId());
                update.setLong(3, link.guardianId());
                if (update.executeUpdate() == 0) {
                    bindLink(insert, link);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void bindLink(PreparedStatement insert, Guardianship link) throws SQLException {
        insert.setLong(1, link.pupilId());
        insert.setLong(2, link.guardianId());
        insert.setInt(3, link.rank());
    }

    @Override
    public void unlink(long pupilId, long guardianId) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM contact_guardian WHERE pupil_id = ? AND guardian_id = ?")) {
                p.setLong(1, pupilId);
                p.setLong(2, guardianId);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Contact> guardiansOf(long pupilId) {
        return related("SELECT k.id, " + prefixed("k") + " FROM contact k JOIN contact_guardian g"
                + " ON g.guardian_id = k.id WHERE g.pupil_id = ? AND " + shown("k.import_run")
                + " ORDER BY g.rank, k.id", pupilId);
    }

    @Override
    public List<Contact> childrenOf(long guardianId) {
        return related("SELECT k.id, " + prefixed("k") + " FROM contact k JOIN contact_guardian g"
                + " ON g.pupil_id = k.id WHERE g.guardian_id = ? AND " + shown("k.import_run")
                + " ORDER BY k.last_name, k.first_name, k.id",
                guardianId);
    }

    @Override
    public List<Guardianship> allGuardianships() {
        return db.inTransaction(c -> {
            List<Guardianship> all = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pupil_id, guardian_id, rank FROM contact_guardian WHERE "
                         + shown("import_run") + " ORDER BY pupil_id, rank, guardian_id")) {
                while (rs.next()) {
                    all.add(new Guardianship(rs.getLong(1), rs.getLong(2), rs.getInt(3)));
                }
            }
            return all;
        });
    }

    private List<Contact> related(String sql, long id) {
        return db.inTransaction(c -> {
            List<Contact> found = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
            }
            return found;
        });
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    /** A bounce mark holds only while the contact's address is the one that bounced. */
    static void clearStaleBounceMarks(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM contact_bounce WHERE NOT EXISTS (SELECT 1 FROM contact k"
                    + " WHERE k.id = contact_bounce.contact_id AND LOWER(k.email) = LOWER(contact_bounce.address))");
        }
    }

    static void bind(PreparedStatement p, Contact contact, Timestamp now) throws SQLException {
        PostalAddress a = contact.address();
        p.setString(1, contact.kind().name());
        p.setString(2, contact.title());
        p.setString(3, contact.firstName());
        p.setString(4, contact.lastName());
        p.setString(5, contact.className());
        p.setString(6, a.line(0));
        p.setString(7, a.line(1));
        p.setString(8, a.line(2));
        p.setString(9, a.postcode());
        p.setString(10, a.city());
        p.setString(11, a.country());
        if (contact.email() == null) {
            p.setNull(12, Types.VARCHAR);
        } else {
            p.setString(12, contact.email().toString());
        }
        p.setBoolean(13, contact.consent().accepts());
        p.setDate(14, Date.valueOf(contact.consent().recordedOn()));
        p.setString(15, contact.consent().source());
        p.setTimestamp(16, now);
        p.setString(17, CustomFieldsColumn.write(contact.custom()));
    }

    static Contact read(ResultSet rs) throws SQLException {
        String email = rs.getString("email");
        return new Contact(
                rs.getLong("id"),
                ContactKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("class_name"),
                new PostalAddress(List.of(rs.getString("address_line1"), rs.getString("address_line2"),
                        rs.getString("address_line3")), rs.getString("postcode"), rs.getString("city"),
                        rs.getString("country")),
                email == null ? null : EmailAddress.parse(email),
                new Consent(rs.getBoolean("consent"), rs.getDate("consent_on").toLocalDate(),
                        rs.getString("consent_source")),
                CustomFieldsColumn.read(rs.getString("custom_fields")));
    }
}
