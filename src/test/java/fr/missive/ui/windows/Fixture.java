package fr.missive.ui.windows;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.sandbox.DemoData;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.app.settings.Preferences.Theme;
import fr.missive.model.users.User;
import fr.missive.ui.GuiLauncher;
import fr.missive.ui.WindowsAccess;
import java.awt.Component;
import java.awt.Container;
import java.awt.Toolkit;
import java.awt.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.SwingUtilities;

/**
 * The application as the window catalogue opens it, in one language and one theme: a
 * demonstration sandbox (contacts, letters, a personal and an institution account, a second
 * user) made longer by {@link CatalogueData} (long names, a long institution name), and the
 * administrator signed in on the main window. Other sessions (an empty folder for the
 * first-run wizard, a folder that asks who signs in) are opened when an entry asks for them.
 * Everything is closed and deleted by {@link #close()}.
 *
 * <p>Every method is called from the test thread, never from the EDT; Swing work is done on the
 * EDT inside.
 */
public final class Fixture implements AutoCloseable {

    private static final long TIMEOUT_MILLIS = 30_000;

    private final Locale locale;
    private final boolean dark;
    private final Locale previousLocale;
    private final List<OpenDataFolder> opened = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private OpenDataFolder sandbox;
    private Window main;

    private Fixture(Locale locale, boolean dark) {
        this.locale = locale;
        this.dark = dark;
        this.previousLocale = Locale.getDefault();
    }

    /** Prepares the data (no window yet): the main window opens at the first entry that needs it. */
    public static Fixture open(Locale locale, boolean dark) {
        Fixture fixture = new Fixture(locale, dark);
        // The windows shown before anyone signs in (wizard, sign-in, opening) speak the JVM's language.
        Locale.setDefault(locale);
        return fixture;
    }

    public Locale locale() {
        return locale;
    }

    public boolean dark() {
        return dark;
    }

    /** "fr light", "en dark": for failure messages. */
    public String describe() {
        return locale.getLanguage() + (dark ? " dark" : " light");
    }

    /** The sandbox's data, made longer; opened on first use. */
    public OpenDataFolder services() {
        if (sandbox == null) {
            Path folder = SandboxFolder.prepare(temporaryFolder());
            sandbox = track(Wiring.open(folder, () -> { }));
            CatalogueData.lengthen(sandbox);
            User admin = admin();
            sandbox.setup().preferences().setTheme(admin.id(), dark ? Theme.DARK : Theme.LIGHT);
            sandbox.setup().preferences().setLanguage(admin.id(), Optional.of(locale));
            sandbox.setup().preferences().setLastUserName(admin.name());
        }
        return sandbox;
    }

    public User admin() {
        return services().setup().users().find(DemoData.ADMIN).orElseThrow();
    }

    /** The main window, the administrator signed in; opened (and signed in) on first use. */
    public Window main() {
        if (main == null || !onEdt(main::isDisplayable)) {
            OpenDataFolder services = services();
            new GuiLauncher(Wiring::open, code -> { }).openOn(services);
            Window signIn = window("signInDialog");
            clickLater(signIn, "signInOk");
            main = window("mainWindow");
            settle();
        }
        return main;
    }

    /** The first-run wizard on a new, empty data folder. */
    public Window firstRunWizard() {
        OpenDataFolder empty = track(Wiring.open(temporaryFolder(), () -> { }));
        new GuiLauncher(Wiring::open, code -> { }).openOn(empty);
        return window("firstRunWizard");
    }

    /** The sign-in window of a folder with two users, one with a password. */
    public Window signIn() {
        OpenDataFolder folder = track(WindowsAccess.initialised(temporaryFolder()));
        CatalogueData.secondUser(folder, WindowsAccess.sampleAdmin(folder));
        new GuiLauncher(Wiring::open, code -> { }).openOn(folder);
        return window("signInDialog");
    }

    /** Clicks the main window's menu item {@code item} and returns the window {@code windowName} it opens. */
    public Window menu(String item, String windowName) {
        Window frame = main();
        Component found = onEdt(() -> find(((JFrame) frame).getJMenuBar(), item));
        if (!(found instanceof AbstractButton button)) {
            throw new IllegalStateException("No menu item " + item);
        }
        SwingUtilities.invokeLater(button::doClick);
        return window(windowName);
    }

    /**
     * Clicks the button {@code button} of {@code in} (as doClick does: a modal window it opens
     * does not block the test) and returns the window {@code windowName} it opens.
     */
    public Window click(Window in, String button, String windowName) {
        clickLater(in, button);
        return window(windowName);
    }

    /** Clicks {@code button} without waiting for anything. */
    public void clickLater(Window in, String button) {
        waitUntil(in.getName() + "." + button + " enabled", () -> find(in, button) instanceof AbstractButton b
                && b.isEnabled());
        AbstractButton target = (AbstractButton) onEdt(() -> find(in, button));
        SwingUtilities.invokeLater(target::doClick);
    }

    /** Clicks {@code button} of {@code in}, then waits until the component {@code shown} is showing. */
    public Window clickUntil(Window in, String button, String shown) {
        clickLater(in, button);
        waitUntil(shown + " showing", () -> find(in, shown) != null && find(in, shown).isShowing());
        settle();
        return in;
    }

    /** Runs {@code change} on the EDT. */
    public void edt(Runnable change) {
        onEdt(() -> {
            change.run();
            return null;
        });
    }

    /** The showing window named {@code name}, once it shows, its layout done and its first data loaded. */
    public static Window window(String name) {
        AtomicReference<Window> found = new AtomicReference<>();
        waitUntil(name + " showing", () -> {
            for (Window w : Window.getWindows()) {
                if (name.equals(w.getName()) && w.isShowing()) {
                    found.set(w);
                    return true;
                }
            }
            return false;
        });
        settle();
        return found.get();
    }

    /** The component named {@code name} inside {@code root} (menus included), or null. */
    public static Component find(Container root, String name) {
        Component[] children = root instanceof JMenu menu ? menu.getMenuComponents() : root.getComponents();
        for (Component c : children) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container container) {
                Component inside = find(container, name);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    /**
     * Lets what a window just opened asked for happen: background loads (lists, counts, diagnoses)
     * and the layout that follows them.
     */
    public static void settle() {
        for (int i = 0; i < 2; i++) {
            onEdt(() -> null);
            Toolkit.getDefaultToolkit().sync();
            sleep(60);
        }
    }

    /** Closes every window but the main window (a modal window's caller goes on as if it were cancelled). */
    public void closeAllButMain() {
        onEdt(() -> {
            for (Window w : Window.getWindows()) {
                if (w != main && w.isDisplayable()) {
                    w.dispose();
                }
            }
            return null;
        });
        settle();
    }

    @Override
    public void close() {
        onEdt(() -> {
            for (Window w : Window.getWindows()) {
                w.dispose();
            }
            return null;
        });
        for (OpenDataFolder folder : opened) {
            try {
                folder.close();
            } catch (RuntimeException e) {
                System.err.println("Closing " + folder.dataFolder() + ": " + e);
            }
        }
        for (Path folder : folders) {
            deleteQuietly(folder);
        }
        Locale.setDefault(previousLocale);
    }

    /** A new folder holding PDF files of these names (deleted by {@link #close()}). */
    public Path folderWith(String... pdfNames) {
        Path folder = temporaryFolder();
        try {
            for (String name : pdfNames) {
                Files.writeString(folder.resolve(name), "%PDF-1.4 catalogue");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private OpenDataFolder track(OpenDataFolder folder) {
        opened.add(folder);
        return folder;
    }

    private Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("missive-catalogue-");
            folders.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void waitUntil(String description, Callable<Boolean> condition) {
        long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!Boolean.TRUE.equals(onEdt(condition))) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("Timed out waiting for " + description);
            }
            sleep(50);
        }
    }

    public static <T> T onEdt(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(work.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + root + ": " + e);
        }
    }
}
