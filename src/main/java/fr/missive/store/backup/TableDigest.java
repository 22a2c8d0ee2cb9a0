package fr.missive.store.backup;

import fr.missive.store.db.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What a table holds, reduced to its number of rows and a fingerprint of their content that
 * does not depend on the engine nor on the order rows come in: each row is hashed (SHA-256) from
 * its values written the same way whatever the engine returned (an integer as a number, a time
 * without zone as its ISO text, a binary value as its own hash), and the row hashes are summed.
 * Two tables with the same rows have equal digests; a changed, missing or extra row changes it.
 */
record TableDigest(long rows, long high, long low) {

    static TableDigest of(Connection c, Dialect dialect, TableShape table) throws SQLException {
        long rows = 0;
        long high = 0;
        long low = 0;
        MessageDigest rowHash = sha256();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery("SELECT " + table.columnList() + " FROM " + table.name())) {
                while (rs.next()) {
                    for (int i = 0; i < table.columns().size(); i++) {
                        rowHash.update(valueBytes(rs, dialect, i + 1, table.columns().get(i).kind()));
                        rowHash.update((byte) 0x1F);
                    }
                    ByteBuffer hash = ByteBuffer.wrap(rowHash.digest());
                    high += hash.getLong();
                    low += hash.getLong();
                    rows++;
                }
            }
        }
        return new TableDigest(rows, high, low);
    }

    private static byte[] valueBytes(ResultSet rs, Dialect dialect, int i, TableShape.Kind kind) throws SQLException {
        Object value = switch (kind) {
            case INTEGER -> rs.getLong(i);
            case DECIMAL -> canonical(rs.getBigDecimal(i));
            case FLOATING -> rs.getDouble(i);
            case BOOLEAN -> rs.getBoolean(i);
            case TEXT -> rs.getString(i);
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIME -> rs.getObject(i, LocalTime.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case BINARY -> binaryHash(rs, dialect, i);
            case OTHER -> rs.getString(i);
        };
        if (rs.wasNull() || value == null) {
            return new byte[] {0};
        }
        return ("v" + value).getBytes(StandardCharsets.UTF_8);
    }

    private static String binaryHash(ResultSet rs, Dialect dialect, int i) throws SQLException {
        try (InputStream in = dialect.binaryStream(rs, i)) {
            if (in == null) {
                return null;
            }
            MessageDigest digest = sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new SQLException("could not read a binary value", e);
        }
    }

    private static BigDecimal canonical(BigDecimal d) {
        return d == null || d.signum() == 0 ? d == null ? null : BigDecimal.ZERO : d.stripTrailingZeros();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
