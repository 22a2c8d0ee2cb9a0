package fr.missive.ui.common;

import fr.missive.app.Services;
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
 * What every window of one session shares: the use cases of the open data folder, the
 * background thread, the language and the signed-in user. Built by the launcher and passed
 * to each window's constructor; its mutable parts are touched on the EDT only.
 */
public final class UiContext {

    private final Services services;
    private final BackgroundTasks background;
    private final IntConsumer quit;
    private final ErrorReporter errors;
    private Messages messages;
    private User user;
    private Consumer<URI> browser = UiContext::openInSystemBrowser;
    private Printers printers = Printers.system();
    private java.util.function.BiConsumer<String, Runnable> statusLine = (text, stop) -> { };
    private FileOpener fileOpener = FileOpener.system();

    /**
     * @param quit ends the session with an exit code: closes the data folder, then the process
     */
    public UiContext(Services services, BackgroundTasks background, Messages messages, IntConsumer quit) {
        this.services = services;
        this.background = background;
        this.messages = messages;
        this.quit = quit;
        this.errors = new ErrorReporter(this::messages);
    }

    public Services services() {
        return services;
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
        return browser;
    }

    public void setBrowser(Consumer<URI> browser) {
        this.browser = Objects.requireNonNull(browser);
    }

    /** Where letters are printed: the system's printers; tests give a print service that writes files. */
    public Printers printers() {
        return printers;
    }

    public void setPrinters(Printers printers) {
        this.printers = Objects.requireNonNull(printers);
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
        return fileOpener;
    }

    public void setFileOpener(FileOpener opener) {
        this.fileOpener = Objects.requireNonNull(opener);
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

    /** Ends the session: the data folder is closed cleanly, then the process exits with {@code code}. */
    public void quit(int code) {
        quit.accept(code);
    }
}
