package fr.missive.store.accounts;

import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code smtp_*} columns that the profile, workstation and account tables share, and the
 * certificates pinned for a host name, which belong to the server rather than to any one of
 * them. A pin is recorded with the port it was seen on but serves every port of its host (as a
 * mail client's exception does): Postfix and Dovecot on one machine show the same certificate.
 */
final class SmtpColumns {

    /** The column list, in the order {@link #bind} sets them. */
    static final String NAMES = "smtp_host, smtp_port, smtp_security, smtp_auth, smtp_user, smtp_timeout_seconds,"
            + " smtp_allow_plain";
    static final String ASSIGNMENTS = "smtp_host = ?, smtp_port = ?, smtp_security = ?, smtp_auth = ?,"
            + " smtp_user = ?, smtp_timeout_seconds = ?, smtp_allow_plain = ?";
    static final int COUNT = 7;
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?";

    private SmtpColumns() {
    }

    /** Binds the seven columns from {@code first}; null settings leave them empty. */
    static void bind(PreparedStatement p, int first, SmtpSettings s) throws SQLException {
        if (s == null) {
            for (int i = 0; i < COUNT - 1; i++) {
                p.setNull(first + i, i == 1 || i == 5 ? Types.INTEGER : Types.VARCHAR);
            }
            p.setBoolean(first + 6, false);
            return;
        }
        p.setString(first, s.host());
        p.setInt(first + 1, s.port());
        p.setString(first + 2, s.security().name());
        p.setString(first + 3, s.auth().name());
        p.setString(first + 4, s.user());
        p.setInt(first + 5, (int) s.timeout().toSeconds());
        p.setBoolean(first + 6, s.allowPlainPassword());
    }

    /** The settings of the current row, with the pinned certificate of their server; null when no host. */
    static SmtpSettings read(Connection c, ResultSet rs) throws SQLException {
        String host = rs.getString("smtp_host");
        if (host == null) {
            return null;
        }
        int port = rs.getInt("smtp_port");
        SmtpSettings settings = new SmtpSettings(host, port, Security.valueOf(rs.getString("smtp_security")),
                AuthMethod.valueOf(rs.getString("smtp_auth")), rs.getString("smtp_user"),
                Duration.ofSeconds(rs.getInt("smtp_timeout_seconds")), rs.getBoolean("smtp_allow_plain"), null);
        return settings.withPinnedCertificate(pinned(c, settings.host(), port));
    }

    /**
     * Records the certificate the settings trust for their server. Settings without a pin leave
     * an earlier pin of that server alone: another account or profile may rely on it.
     */
    static void savePin(Connection c, SmtpSettings s) throws SQLException {
        if (s == null || s.pinnedCertificate() == null) {
            return;
        }
        pin(c, s.host(), s.port(), s.pinnedCertificate());
    }

    /** Records a certificate trusted for a host, seen on {@code port}; it replaces the pin of that port only. */
    static void pin(Connection c, String host, int port, CertificateFingerprint fingerprint) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM pinned_certificate WHERE host = ? AND port = ?")) {
            delete.setString(1, host);
            delete.setInt(2, port);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO pinned_certificate (host, port, fingerprint) VALUES (?, ?, ?)")) {
            insert.setString(1, host);
            insert.setInt(2, port);
            insert.setString(3, fingerprint.hex());
            insert.executeUpdate();
        }
    }

    /** The pin seen on this port, else the first other pin of the host (by port); null when none. */
    static CertificateFingerprint pinned(Connection c, String host, int port) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT fingerprint FROM pinned_certificate WHERE host = ?"
                + " ORDER BY CASE WHEN port = ? THEN 0 ELSE 1 END, port")) {
            p.setString(1, host);
            p.setInt(2, port);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? CertificateFingerprint.parse(rs.getString(1)) : null;
            }
        }
    }

    /** Every certificate trusted for the host, whatever the port. */
    static Set<CertificateFingerprint> pinnedForHost(Connection c, String host) throws SQLException {
        Set<CertificateFingerprint> pins = new LinkedHashSet<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT fingerprint FROM pinned_certificate WHERE host = ? ORDER BY port")) {
            p.setString(1, host);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    pins.add(CertificateFingerprint.parse(rs.getString(1)));
                }
            }
        }
        return pins;
    }
}
