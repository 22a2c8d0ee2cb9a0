package fr.missive.ui.common;

import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.users.User;
import java.awt.Component;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * What every window of one session shares: the background thread, the language, the
 * signed-in user, the status line and the devices outside Missive (browser, printers, file
 * viewer). The use cases are not here: each window gets the feature groups it uses through its
 * constructor. Built by the launcher; its mutable parts (language, user, status line) are
 * touched on the EDT only.
 */
public final class UiContext {

    /**
     * The devices outside Missive that windows reach: the system's in the application, stand-ins
     * that record or write files in tests.
     */
    public record Devices(Consumer<URI> browser, Printers printers, FileOpener fileOpener) {

        public Devices {
            Objects.requireNonNull(browser);
            Objects.requireNonNull(printers);
            Objects.requireNonNull(fileOpener);
        }

        public static Devices system() {
            return new Devices(UiContext::openInSystemBrowser, Printers.system(), FileOpener.system());
        }

        public Devices withBrowser(Consumer<URI> other) {
            return new Devices(other, printers, fileOpener);
        }

        public Devices withPrinters(Printers other) {
            return new Devices(browser, other, fileOpener);
        }

        public Devices withFileOpener(FileOpener other) {
            return new Devices(browser, printers, other);
        }
    }

    private final BackgroundTasks background;
    private final IntConsumer quit;
    private final ErrorReporter errors;
    private final java.time.Clock clock;
    private final Devices devices;
    private Messages messages;
    private User user;
    private java.util.function.BiConsumer<String, Runnable> statusLine = (text, stop) -> { };
    private fr.missive.app.journal.Journal journal;
    private Runnable restart;

    /**
     * @param clock today's date for what the user types (a pupil's birth date in a typed recipient)
     * @param quit  ends the session with an exit code: closes the data folder, then the process
     */
    public UiContext(BackgroundTasks background, Messages messages, java.time.Clock clock, Devices devices,
                     IntConsumer quit) {
        this.background = background;
        this.messages = messages;
        this.clock = Objects.requireNonNull(clock);
        this.devices = Objects.requireNonNull(devices);
        this.quit = quit;
        this.errors = new ErrorReporter(this::messages);
        // Every window of a session gets its mnemonics and Tab behaviour from here (issue 15).
        KeyboardAccess.install();
    }

    /** The clock of the open data folder. */
    public java.time.Clock clock() {
        return clock;
    }

    public BackgroundTasks background() {
        return background;
    }

    /** The texts in the user's language, for windows opened from now on. */
    public Messages messages() {
        return messages;
    }

    public void setMessages(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The signed-in user; {@code null} before sign-in. */
    public User user() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    public ErrorReporter errors() {
        return errors;
    }

    /** Runs {@code work} off the EDT; its result goes to {@code onSuccess}, a failure to a message box. */
    public <T> BackgroundTasks.Job inBackground(Component parent, Callable<T> work, Consumer<? super T> onSuccess) {
        return background.submit(work, onSuccess, failure -> errors.report(parent, failure));
    }

    /** Opens a web page (a provider's sign-in page) in the system browser; tests drive it themselves. */
    public Consumer<URI> browser() {
        return devices.browser();
    }

    /** Where letters are printed: the system's printers; tests give a print service that writes files. */
    public Printers printers() {
        return devices.printers();
    }

    /** Shows the progress of work that outlives its dialog (a sending) in the main window's status bar. */
    public void showStatus(String text) {
        showStatus(text, null);
    }

    /** As {@link #showStatus(String)}, with a way for the user to stop the work; {@code stop} null for none. */
    public void showStatus(String text, Runnable stop) {
        statusLine.accept(text == null ? "" : text, stop);
    }

    public void setStatusLine(java.util.function.BiConsumer<String, Runnable> statusLine) {
        this.statusLine = Objects.requireNonNull(statusLine);
    }

    /** Opens a saved attachment with the system's viewer; tests record the file instead. */
    public FileOpener fileOpener() {
        return devices.fileOpener();
    }

    /**
     * Off the EDT: opens {@code file} with the system's application for it; when there is none, a
     * {@link MissiveException} that says so plainly (no PDF reader, no application for this type).
     */
    public void openFile(java.nio.file.Path file) {
        try {
            devices.fileOpener().open(file);
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            throw FileOpener.cannotOpen(file, e);
        }
    }

    private static void openInSystemBrowser(URI uri) {
        try {
            if (!java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                throw new MissiveException(UserMessage.of("ui.oauth.noBrowser", uri.toString()));
            }
            java.awt.Desktop.getDesktop().browse(uri);
        } catch (java.io.IOException e) {
            throw new MissiveException(UserMessage.of("ui.oauth.noBrowser", uri.toString()), e);
        }
    }

    /** Missive's journal (Help > Journal); null when the launcher did not say where it is. */
    public fr.missive.app.journal.Journal journal() {
        return journal;
    }

    public void setJournal(fr.missive.app.journal.Journal journal) {
        this.journal = journal;
    }

    /**
     * Ends the session and opens the same data folder again in this process, once its windows are
     * closed: what changed where the folder's data lives (a shared database joined or moved to)
     * takes effect. Without a launcher to do it, the session just ends.
     */
    public void restart() {
        if (restart == null) {
            quit(fr.missive.app.ExitCodes.OK);
        } else {
            restart.run();
        }
    }

    /** Set by the launcher: closes the data folder, then opens it again. */
    public void setRestart(Runnable restart) {
        this.restart = restart;
    }

    /** Ends the session: the data folder is closed cleanly, then the process exits with {@code code}. */
    public void quit(int code) {
        quit.accept(code);
    }
}
