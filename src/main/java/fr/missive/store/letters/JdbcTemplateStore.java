package fr.missive.store.letters;

import fr.missive.model.letters.Addressing;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterFieldLabels;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Templates in the {@code letter_template} table; the body is a CLOB, read and written as a string. */
public final class JdbcTemplateStore implements TemplateStore {

    private static final String SELECT = "SELECT id, designation, category, subject, body, letter_fields,"
            + " letter_field_labels, created_at, updated_at, updated_by, addressing FROM letter_template";

    private final Database db;

    public JdbcTemplateStore(Database db) {
        this.db = db;
    }

    @Override
    public List<StoredTemplate> findAll() {
        return db.inTransaction(c -> query(c, SELECT + " ORDER BY id", null));
    }

    @Override
    public Optional<StoredTemplate> find(long id) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE id = ?", id)).stream().findFirst();
    }

    @Override
    public Optional<StoredTemplate> findByDesignation(String designation) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE LOWER(designation) = LOWER(?)", designation.strip()))
                .stream().findFirst();
    }

    @Override
    public StoredTemplate insert(LetterTemplate template, String actor, Instant now) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO letter_template (designation, category,"
                    + " subject, body, letter_fields, updated_at, updated_by, letter_field_labels, addressing, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(p, template, actor, now);
                p.setTimestamp(10, Timestamp.from(now));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return new StoredTemplate(keys.getLong(1), template, now, now, actor);
                }
            }
        });
    }

    @Override
    public Optional<StoredTemplate> update(long id, LetterTemplate template, String actor, Instant now) {
        return update(id, template, actor, now, null);
    }

    @Override
    public Optional<fr.missive.model.RecordVersion> versionOf(long id) {
        return db.inTransaction(c -> fr.missive.store.db.RowVersions.read(c, "letter_template", id));
    }

    @Override
    public Optional<StoredTemplate> update(long id, LetterTemplate template, String actor, Instant now, Long basedOn) {
        return db.inTransaction(c -> {
            // Every update is a new version (checked against basedOn when given), before the content changes.
            if (fr.missive.store.db.RowVersions.bump(c, "letter_template", id, basedOn, actor, now).isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE letter_template SET designation = ?, category = ?,"
                    + " subject = ?, body = ?, letter_fields = ?, updated_at = ?, updated_by = ?, letter_field_labels = ?,"
                    + " addressing = ? WHERE id = ?")) {
                bind(p, template, actor, now);
                p.setLong(10, id);
                if (p.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return query(c, SELECT + " WHERE id = ?", id).stream().findFirst();
        });
    }

    @Override
    public boolean delete(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM letter_template WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() > 0;
            }
        });
    }

    private static void bind(PreparedStatement p, LetterTemplate t, String actor, Instant now) throws SQLException {
        p.setString(1, t.designation());
        p.setString(2, t.category().name());
        p.setString(3, t.subject());
        p.setString(4, t.body());
        p.setString(5, String.join(",", t.letterFields()));
        p.setTimestamp(6, Timestamp.from(now));
        p.setString(7, actor);
        p.setString(8, LetterFieldLabels.write(t.fieldLabels()));
        p.setString(9, t.addressing().name());
    }

    private static List<StoredTemplate> query(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (param != null) {
                p.setObject(1, param);
            }
            List<StoredTemplate> found = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        }
    }

    private static StoredTemplate read(ResultSet rs) throws SQLException {
        String fields = rs.getString("letter_fields");
        LetterTemplate template = new LetterTemplate(rs.getString("designation"), category(rs.getString("category")),
                rs.getString("subject"), rs.getString("body"),
                fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                LetterFieldLabels.read(rs.getString("letter_field_labels")), addressing(rs.getString("addressing")));
        return new StoredTemplate(rs.getLong("id"), template, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    /** An addressing written by a later version falls back to the contact rather than hiding the template. */
    private static Addressing addressing(String name) {
        try {
            return name == null ? Addressing.CONTACT : Addressing.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Addressing.CONTACT;
        }
    }

    /** A category written by a later version falls back to OTHER rather than hiding the template. */
    private static Category category(String name) {
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Category.OTHER;
        }
    }
}
