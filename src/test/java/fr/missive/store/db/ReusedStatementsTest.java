package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work given the view prepares and closes statements as usual and gets the same results, while
 * each SQL text is prepared on the connection once; closing the view closes them.
 */
@EmbeddedOnly // the view is used on the embedded engine, whose preparing costs a compilation
class ReusedStatementsTest {

    @TempDir
    Path folder;

    @Test
    void aStatementClosedByTheWorkIsPreparedOnceAndRunsAgainWithNewParameters() {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            db.inTransaction(c -> execute(c, "CREATE TABLE reuse_probe (n INT)"));

            List<PreparedStatement> underlying = db.inTransaction(c -> {
                List<PreparedStatement> seen = new ArrayList<>();
                try (ReusedStatements reused = new ReusedStatements(c)) {
                    for (int n = 1; n <= 3; n++) {
                        try (PreparedStatement p = reused.connection().prepareStatement(
                                "INSERT INTO reuse_probe VALUES (?)")) {
                            p.setInt(1, n);
                            assertThat(p.executeUpdate()).isEqualTo(1);
                            seen.add(p.unwrap(PreparedStatement.class));
                        }
                    }
                    assertThat(seen).allSatisfy(s -> assertThat(s.isClosed()).isFalse());
                }
                return seen;
            });

            assertThat(underlying).hasSize(3).containsOnly(underlying.get(0));
            assertThat(underlying.get(0)).satisfies(s -> assertThat(s.isClosed()).isTrue());
            assertThat(db.<Integer>inTransaction(c -> sum(c))).isEqualTo(6);
        }
    }

    @Test
    void theSameSqlPreparedWhileInUseIsAnotherStatement() {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            db.inTransaction(c -> execute(c, "CREATE TABLE reuse_probe (n INT)"));
            db.inTransaction(c -> execute(c, "INSERT INTO reuse_probe VALUES (1)"));

            db.inTransaction(c -> {
                try (ReusedStatements reused = new ReusedStatements(c)) {
                    Connection view = reused.connection();
                    String sql = "SELECT n FROM reuse_probe WHERE n = ?";
                    try (PreparedStatement outer = view.prepareStatement(sql);
                         PreparedStatement inner = view.prepareStatement(sql)) {
                        assertThat(inner.unwrap(PreparedStatement.class))
                                .isNotSameAs(outer.unwrap(PreparedStatement.class));
                        outer.setInt(1, 1);
                        inner.setInt(1, 2);
                        try (ResultSet o = outer.executeQuery(); ResultSet i = inner.executeQuery()) {
                            assertThat(o.next()).isTrue();
                            assertThat(i.next()).isFalse();
                        }
                    }
                }
                return null;
            });
        }
    }

    @Test
    void aClosedStatementRefusesWorkAndItsParametersAreCleared() {
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            db.inTransaction(c -> execute(c, "CREATE TABLE reuse_probe (n INT)"));

            db.inTransaction(c -> {
                try (ReusedStatements reused = new ReusedStatements(c)) {
                    String sql = "INSERT INTO reuse_probe VALUES (?)";
                    PreparedStatement first = reused.connection().prepareStatement(sql);
                    first.setInt(1, 7);
                    first.close();
                    assertThat(first.isClosed()).isTrue();
                    assertThatThrownBy(first::executeUpdate).isInstanceOf(SQLException.class);
                    try (PreparedStatement again = reused.connection().prepareStatement(sql)) {
                        // The parameter set before the close is gone: the insert needs a new one.
                        assertThatThrownBy(again::executeUpdate).isInstanceOf(SQLException.class);
                    }
                }
                return null;
            });
        }
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    private static int sum(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SUM(n) FROM reuse_probe")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
