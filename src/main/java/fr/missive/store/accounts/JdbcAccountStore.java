package fr.missive.store.accounts;

import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.store.db.Database;
import fr.missive.store.db.UpdateOrInsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Accounts in {@code mail_account}, their users in {@code account_user}, codes in {@code account_verification}. */
public final class JdbcAccountStore implements AccountStore {

    private static final String SELECT = "SELECT id, kind, name, address, owner_id, settings_source, profile_id,"
            + " reply_to, mask_recipients, verified, " + SmtpColumns.NAMES + ", " + ImapColumns.NAMES
            + ", sender_name FROM mail_account";
    private static final String COLUMNS = "kind, name, address, owner_id, settings_source, profile_id, reply_to,"
            + " mask_recipients, verified, " + SmtpColumns.NAMES + ", " + ImapColumns.NAMES + ", sender_name";
    /** The position of the first parameter after those {@link #bind} sets. */
    private static final int AFTER_BOUND = 11 + SmtpColumns.COUNT + ImapColumns.COUNT;

    private final Database db;

    public JdbcAccountStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Account> findAll() {
        return db.inTransaction(c -> query(c, SELECT + " ORDER BY name", null));
    }

    @Override
    public Optional<Account> find(long id) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE id = ?", id)).stream().findFirst();
    }

    @Override
    public Optional<Account> findByName(String name) {
        return db.inTransaction(c -> query(c, SELECT + " WHERE LOWER(name) = LOWER(?)", name.strip()))
                .stream().findFirst();
    }

    @Override
    public Account save(Account account) {
        return save(account, null, null);
    }

    @Override
    public java.util.Optional<fr.missive.model.RecordVersion> versionOf(long id) {
        return db.inTransaction(c -> fr.missive.store.db.RowVersions.read(c, "mail_account", id));
    }

    @Override
    public Account save(Account account, Long basedOn, String by) {
        Instant now = Instant.now();
        return db.inTransaction(c -> {
            if (account.id() != null) {
                // The version first: a refused save writes nothing.
                fr.missive.store.db.RowVersions.bump(c, "mail_account", account.id(), basedOn, by, now);
            }
            SmtpColumns.savePin(c, account.smtp());
            Account saved;
            if (account.id() == null) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO mail_account (" + COLUMNS
                        + ", copy_sent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, " + SmtpColumns.PLACEHOLDERS + ", "
                        + ImapColumns.PLACEHOLDERS + ", ?, FALSE, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    bind(p, account);
                    p.setTimestamp(AFTER_BOUND, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        saved = account.withId(keys.getLong(1));
                    }
                }
            } else {
                try (PreparedStatement p = c.prepareStatement("UPDATE mail_account SET kind = ?, name = ?, address = ?,"
                        + " owner_id = ?, settings_source = ?, profile_id = ?, reply_to = ?, mask_recipients = ?,"
                        + " verified = ?, " + SmtpColumns.ASSIGNMENTS + ", " + ImapColumns.ASSIGNMENTS
                        + ", sender_name = ? WHERE id = ?")) {
                    bind(p, account);
                    p.setLong(AFTER_BOUND, account.id());
                    p.executeUpdate();
                }
                saved = account;
            }
            saveUsers(c, saved);
            return saved;
        });
    }

    @Override
    public void delete(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM mail_account WHERE id = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void savePendingCode(long accountId, PendingCode code) {
        db.inTransaction(c -> {
            deleteCode(c, accountId);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO account_verification (account_id, code_hash, expires_at, failures) VALUES (?, ?, ?, 0)")) {
                p.setLong(1, accountId);
                p.setBytes(2, code.hash());
                p.setTimestamp(3, Timestamp.from(code.expiresAt()));
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<PendingCode> pendingCode(long accountId) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT code_hash, expires_at FROM account_verification WHERE account_id = ?")) {
                p.setLong(1, accountId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new PendingCode(rs.getBytes(1), rs.getTimestamp(2).toInstant()))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public int recordFailure(long accountId) {
        return db.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE account_verification SET failures = failures + 1 WHERE account_id = ?")) {
                u.setLong(1, accountId);
                u.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT failures FROM account_verification WHERE account_id = ?")) {
                p.setLong(1, accountId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void forgetPendingCode(long accountId) {
        db.inTransaction(c -> {
            deleteCode(c, accountId);
            return null;
        });
    }

    @Override
    public void markVerified(long accountId) {
        db.inTransaction(c -> {
            deleteCode(c, accountId);
            try (PreparedStatement p = c.prepareStatement("UPDATE mail_account SET verified = TRUE WHERE id = ?")) {
                p.setLong(1, accountId);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public OptionalLong advertisedMaxSize(long accountId) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT max_bytes FROM account_message_size WHERE account_id = ?")) {
                p.setLong(1, accountId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public void rememberAdvertisedMaxSize(long accountId, long bytes, Instant seenAt) {
        db.inTransaction(c -> {
            UpdateOrInsert.write(c, u -> {
                try (PreparedStatement update = u.prepareStatement(
                        "UPDATE account_message_size SET max_bytes = ?, seen_at = ? WHERE account_id = ?")) {
                    update.setLong(1, bytes);
                    update.setTimestamp(2, Timestamp.from(seenAt));
                    update.setLong(3, accountId);
                    return update.executeUpdate();
                }
            }, i -> {
                try (PreparedStatement insert = i.prepareStatement("INSERT INTO account_message_size"
                        + " (account_id, max_bytes, seen_at) SELECT id, ?, ? FROM mail_account WHERE id = ?")) {
                    // Through mail_account: an account deleted meanwhile is simply not remembered.
                    insert.setLong(1, bytes);
                    insert.setTimestamp(2, Timestamp.from(seenAt));
                    insert.setLong(3, accountId);
                    return insert.executeUpdate();
                }
            });
            return null;
        });
    }

    @Override
    public Optional<SecretQuestion> secretQuestion(long accountId) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT question, answer_hash FROM account_secret_question WHERE account_id = ?")) {
                p.setLong(1, accountId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new SecretQuestion(rs.getString(1), rs.getString(2)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveSecretQuestion(long accountId, SecretQuestion question) {
        db.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM account_secret_question WHERE account_id = ?")) {
                d.setLong(1, accountId);
                d.executeUpdate();
            }
            if (question != null) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO account_secret_question (account_id, question, answer_hash) VALUES (?, ?, ?)")) {
                    p.setLong(1, accountId);
                    p.setString(2, question.question());
                    p.setString(3, question.answerHash());
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void deleteCode(Connection c, long accountId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM account_verification WHERE account_id = ?")) {
            p.setLong(1, accountId);
            p.executeUpdate();
        }
    }

    @Override
    public Set<CertificateFingerprint> pinnedCertificates(String host) {
        return db.inTransaction(c -> SmtpColumns.pinnedForHost(c, normalisedHost(host)));
    }

    @Override
    public Optional<CertificateFingerprint> pinnedCertificate(String host, int port) {
        return Optional.ofNullable(db.inTransaction(c -> SmtpColumns.pinned(c, normalisedHost(host), port)));
    }

    @Override
    public void pinCertificate(String host, int port, CertificateFingerprint fingerprint) {
        db.inTransaction(c -> {
            SmtpColumns.pin(c, normalisedHost(host), port, fingerprint);
            return null;
        });
    }

    /** Hosts are stored as the settings hold them: lower-cased (the records check the rest). */
    private static String normalisedHost(String host) {
        return host == null ? "" : host.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void bind(PreparedStatement p, Account a) throws SQLException {
        p.setString(1, a.kind().name());
        p.setString(2, a.name());
        p.setString(3, a.address().toString());
        setLong(p, 4, a.ownerId());
        p.setString(5, a.source().name());
        setLong(p, 6, a.profileId());
        p.setString(7, a.replyTo() == null ? null : a.replyTo().toString());
        p.setBoolean(8, a.maskRecipients());
        p.setBoolean(9, a.verified());
        SmtpColumns.bind(p, 10, a.smtp());
        ImapColumns.bind(p, 10 + SmtpColumns.COUNT, a.imap());
        p.setString(10 + SmtpColumns.COUNT + ImapColumns.COUNT, a.senderName());
    }

    private static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value);
        }
    }

    private static void saveUsers(Connection c, Account a) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM account_user WHERE account_id = ?")) {
            d.setLong(1, a.id());
            d.executeUpdate();
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO account_user (account_id, user_id) VALUES (?, ?)")) {
            for (Long user : a.sortedUserIds()) {
                i.setLong(1, a.id());
                i.setLong(2, user);
                i.executeUpdate();
            }
        }
    }

    private static List<Account> query(Connection c, String sql, Object param) throws SQLException {
        List<Account> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (param != null) {
                p.setObject(1, param);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(read(c, rs));
                }
            }
        }
        return out;
    }

    private static Account read(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long owner = rs.getLong("owner_id");
        Long ownerId = rs.wasNull() ? null : owner;
        long profile = rs.getLong("profile_id");
        Long profileId = rs.wasNull() ? null : profile;
        String replyTo = rs.getString("reply_to");
        return new Account(id, AccountKind.valueOf(rs.getString("kind")), rs.getString("name"),
                EmailAddress.parse(rs.getString("address")), ownerId, SettingsSource.valueOf(rs.getString("settings_source")),
                profileId, SmtpColumns.read(c, rs), replyTo == null ? null : EmailAddress.parse(replyTo),
                rs.getBoolean("mask_recipients"), rs.getBoolean("verified"), users(c, id), ImapColumns.read(rs),
                rs.getString("sender_name"));
    }

    private static Set<Long> users(Connection c, long accountId) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT user_id FROM account_user WHERE account_id = ?")) {
            p.setLong(1, accountId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
