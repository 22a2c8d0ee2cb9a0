package fr.missive.app;

import fr.missive.app.contacts.ContactService;
import fr.missive.app.contacts.importing.ContactImporter;
import fr.missive.app.contacts.importing.CsvInspector;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.settings.Preferences;
import fr.missive.app.setup.FirstRunService;
import fr.missive.app.users.UserService;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The use cases of one open data folder, as the UI and the command line see them. Built by
 * the application's wiring; closing it shuts the database down cleanly.
 */
public record Services(
        Path dataFolder,
        Clock clock,
        FirstRunService firstRun,
        UserService users,
        InstitutionService institution,
        ContactService contacts,
        CsvInspector csvInspector,
        ContactImporter contactImporter,
        Preferences preferences,
        AutoCloseable closer) implements AutoCloseable {

    @Override
    public void close() {
        try {
            closer.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
