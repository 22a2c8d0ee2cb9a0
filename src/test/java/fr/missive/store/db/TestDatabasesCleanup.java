package fr.missive.store.db;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tells {@link TestDatabases} when tests start and end, so that it gives their PostgreSQL
 * databases to the next ones (registered for every test through {@code META-INF/services};
 * nothing to do on HSQLDB, whose databases are in the tests' temporary folders).
 */
public final class TestDatabasesCleanup implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        if (TestDatabases.onPostgresql()) {
            TestDatabases.testStarting();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (TestDatabases.onPostgresql()) {
            TestDatabases.testEnded();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (TestDatabases.onPostgresql() || TestDatabases.serverGiven()) {
            TestDatabases.classEnded();
        }
    }
}
