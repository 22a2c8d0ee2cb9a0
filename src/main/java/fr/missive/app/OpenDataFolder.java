package fr.missive.app;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.outbox.OutboxUseCases;
import fr.missive.app.returns.ReturnsUseCases;
import fr.missive.app.sandbox.DemoMailbox;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.app.setup.SetupUseCases;
import java.nio.file.Path;
import java.time.Clock;
import fr.missive.app.changes.Changes;
import java.time.Duration;

/**
 * One open data folder: its use cases grouped by feature, built by the application's wiring.
 * The launcher and the command line hold it and hand each window or command only the groups it
 * uses; closing it stops the background delivery, then shuts the database down cleanly.
 *
 * @param demoMailbox the sandbox's mail catcher, {@link DemoMailbox#none()} outside a sandbox
 * @param changes     what other PCs change in a shared database, for the windows to show
 */
public record OpenDataFolder(Path dataFolder, Clock clock, SetupUseCases setup, ContactUseCases contacts,
                             AccountUseCases accounts, LetterUseCases letters, ComposeUseCases compose,
                             OutboxUseCases outbox, SentLogService sentLog, DemoMailbox demoMailbox,
                             AutoCloseable closer, ReturnsUseCases returns, Changes changes)
        implements AutoCloseable {

    @Override
    public void close() {
        changes.close();
        returns.watcher().stop();
        // The message in flight may finish; one still marked sending is sent again at next start.
        outbox.outbox().stopDelivery(Duration.ofSeconds(10));
        try {
            closer.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
