package fr.missive.ui;

import fr.missive.app.OpenDataFolder;
import fr.missive.app.DataFolderOpener;
import fr.missive.app.journal.Journal;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FileOpener;
import fr.missive.app.ExitCodes;
import fr.missive.ui.common.Themes;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.common.WarmUp;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;

/**
 * Starts the window: opens the data folder off the EDT, then the first-run wizard, the
 * sign-in or straight the main window. The process ends through the exit callback, which is
 * {@link System#exit(int)} in the application and a recorder in the tests.
 *
 * <p>Exit codes are those of the command line ({@link ExitCodes}).
 */
public final class GuiLauncher {

    private static final Logger LOG = Logger.getLogger(GuiLauncher.class.getName());

    private final DataFolderOpener factory;
    private final IntConsumer exit;
    private final BackgroundTasks background = new BackgroundTasks();
    private UiContext.Devices devices = UiContext.Devices.system();
    /** The folder whose journal this process writes: the first one opened (a sandbox opened later is inside it). */
    private volatile Path journalFolder;

    /**
     * @param exit called once, with the exit code, when the session is over and the data
     *             folder closed
     */
    public GuiLauncher(DataFolderOpener factory, IntConsumer exit) {
        this.factory = factory;
        this.exit = exit;
    }

    /** Opens attachments with {@code opener} instead of the system's viewer (tests). */
    public GuiLauncher withFileOpener(FileOpener opener) {
        this.devices = devices.withFileOpener(opener);
        return this;
    }

    /** Opens web pages with {@code browser} instead of the system browser (tests). */
    public GuiLauncher withBrowser(java.util.function.Consumer<java.net.URI> browser) {
        this.devices = devices.withBrowser(browser);
        return this;
    }

    /** Prints on {@code printers} instead of the system's (tests: a print service that writes files). */
    public GuiLauncher withPrinters(fr.missive.ui.common.Printers printers) {
        this.devices = devices.withPrinters(printers);
        return this;
    }

    /** The application's entry: returns at once; the process exits when the user closes Missive. */
    public static void launch(DataFolderOpener factory, Path dataFolder) {
        new GuiLauncher(factory, System::exit).start(dataFolder);
    }

    /** Opens the data folder in the background, then the windows; may be called from any thread. */
    public void start(Path dataFolder) {
        if (journalFolder == null) {
            journalFolder = dataFolder;
        }
        SwingUtilities.invokeLater(() -> {
            Themes.installDefault();
            Messages messages = Messages.forLocale(Locale.getDefault());
            OpeningWindow opening = new OpeningWindow(messages);
            opening.showSoon();
            background.submit(
                    () -> factory.open(dataFolder, () -> SwingUtilities.invokeLater(opening::recovering)),
                    services -> {
                        opening.close();
                        begin(services);
                    },
                    failure -> {
                        opening.close();
                        cannotOpen(failure, messages);
                    });
            // Queued after the opening window: runs while the database opens on the other core.
            SwingUtilities.invokeLater(WarmUp::components);
        });
    }

    /**
     * Opens the windows on a data folder already open: the wizard, the sign-in or the main
     * window, as {@link #start(Path)} does once the folder is open. Closes {@code services}
     * when the session ends. May be called from any thread.
     */
    public void openOn(OpenDataFolder services) {
        SwingUtilities.invokeLater(() -> {
            Themes.installDefault();
            begin(services);
        });
    }

    private void begin(OpenDataFolder folder) {
        UiContext context = new UiContext(background, Messages.forLocale(Locale.getDefault()), folder.clock(), devices,
                code -> end(folder, code));
        context.setJournal(new Journal(journalFolder != null ? journalFolder : folder.dataFolder()));
        context.setRestart(() -> reopen(folder));
        new StartupFlow(context, folder, () -> switchToSandbox(folder)).begin();
    }

    /**
     * The first-run wizard's "Try with demonstration data": this (empty) folder is closed and its
     * sandbox opened in its place, in the same process.
     */
    private void switchToSandbox(OpenDataFolder services) {
        background.submit(() -> {
            services.close();
            return SandboxFolder.prepare(services.dataFolder());
        }, this::start, failure -> cannotOpen(failure, Messages.forLocale(Locale.getDefault())));
    }

    /**
     * Closes the data folder after the work queued before, then opens it again: a folder just
     * pointed at the school's shared database (joined from the wizard, or moved up) opens there.
     * The caller has closed its windows.
     */
    private void reopen(OpenDataFolder services) {
        background.submit(() -> {
            services.close();
            return services.dataFolder();
        }, this::start, failure -> cannotOpen(failure, Messages.forLocale(Locale.getDefault())));
    }

    /** Closes the data folder after any work still queued (saving the window's place), then exits. */
    private void end(OpenDataFolder services, int code) {
        background.finish(() -> {
            try {
                services.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the data folder failed", e);
            }
            exit.accept(code);
        });
    }

    private void cannotOpen(Throwable failure, Messages messages) {
        Throwable cause = ErrorReporter.unwrap(failure);
        boolean alreadyRunning = cause instanceof MissiveException refused
                && "storage.alreadyRunning".equals(refused.userMessage().key());
        new ErrorReporter(() -> messages).report(null, cause);
        background.close();
        exit.accept(alreadyRunning ? ExitCodes.ALREADY_RUNNING : ExitCodes.FAILED);
    }
}
