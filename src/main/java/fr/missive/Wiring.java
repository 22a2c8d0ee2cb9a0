package fr.missive;

import fr.missive.app.Services;
import fr.missive.app.contacts.ContactService;
import fr.missive.app.contacts.importing.ContactImporter;
import fr.missive.app.contacts.importing.CsvInspector;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.settings.Preferences;
import fr.missive.app.setup.FirstRunService;
import fr.missive.app.users.PasswordHasher;
import fr.missive.app.users.UserService;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.institution.JdbcInstitutionStore;
import fr.missive.store.settings.JdbcSettingsStore;
import fr.missive.store.users.JdbcUserStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Builds the object graph of one data folder: the database, its stores and the use cases on
 * top. The only place that knows every layer; dependencies go through constructors.
 */
public final class Wiring {

    private Wiring() {
    }

    public static Services open(Path dataFolder, Runnable onRecovering) {
        Database db = Database.open(dataFolder, onRecovering::run);
        // Whatever ends the JVM (window closed, Ctrl+C, log-off), the database is shut down
        // cleanly; close() is idempotent, so a normal close before is fine.
        Thread shutdownHook = new Thread(db::close, "missive-database-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Runnable closer = () -> {
            db.close();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run: nothing left to undo
            }
        };
        try {
            Clock clock = Clock.systemDefaultZone();
            UserService users = new UserService(new JdbcUserStore(db), new PasswordHasher());
            JdbcInstitutionStore institutionStore = new JdbcInstitutionStore(db);
            JdbcContactStore contactStore = new JdbcContactStore(db);
            return new Services(
                    dataFolder,
                    clock,
                    new FirstRunService(institutionStore, users),
                    users,
                    new InstitutionService(institutionStore),
                    new ContactService(contactStore, clock),
                    new CsvInspector(),
                    new ContactImporter(contactStore, clock),
                    new Preferences(new JdbcSettingsStore(db)),
                    closer::run);
        } catch (RuntimeException e) {
            closer.run();
            throw e;
        }
    }
}
