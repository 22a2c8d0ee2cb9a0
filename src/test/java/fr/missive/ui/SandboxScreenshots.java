package fr.missive.ui;

import static fr.missive.ui.ScreenshotTour.find;
import static fr.missive.ui.ScreenshotTour.onEdt;
import static fr.missive.ui.ScreenshotTour.waitFor;
import static fr.missive.ui.ScreenshotTour.window;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.sandbox.DemoData;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.cli.CliRunner;
import fr.missive.model.users.User;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Not a test: opens the demonstration sandbox, sends a standard letter to a class from it, and
 * saves PNGs of the main window and of the Demonstration mailbox that caught the letters.
 * {@code xvfb-run -a -s "-screen 0 1280x1024x24" java -cp … fr.missive.ui.SandboxScreenshots OUT fr|en}
 * writes {@code OUT/sandbox-main-fr.png} and {@code OUT/sandbox-mailbox-fr.png}.
 */
public final class SandboxScreenshots {

    private SandboxScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        String language = args.length > 1 ? args[1] : "fr";
        Files.createDirectories(out);
        Locale locale = Locale.forLanguageTag(language);
        Locale.setDefault(locale);
        System.setProperty("flatlaf.useWindowDecorations", "true");
        SwingUtilities.invokeAndWait(() -> {
            JFrame.setDefaultLookAndFeelDecorated(true);
            JDialog.setDefaultLookAndFeelDecorated(true);
        });
        Path folder = Files.createTempDirectory("missive-sandbox-tour");
        CliRunner cli = new CliRunner(folder, locale);
        CliRunner.Result queued = cli.run("--sandbox", "send", "letter", "Convocation réunion parents-professeurs",
                "--contacts", "class=3e A", "--field", "date_rdv=jeudi 10 décembre", "--field", "heure_rdv=18 h");
        if (queued.exitCode() != 0) {
            throw new IllegalStateException(queued.err());
        }
        Path sandbox = SandboxFolder.prepare(folder);
        try (OpenDataFolder services = Wiring.open(sandbox, () -> { })) {
            User admin = services.setup().users().find(DemoData.ADMIN).orElseThrow();
            services.setup().preferences().setLanguage(admin.id(), Optional.of(locale));
            services.setup().preferences().setLastUserName(admin.name());
        }

        new GuiLauncher(Wiring::open, code -> { }).start(sandbox);
        Window signIn = window("signInDialog");
        click(signIn, "signInOk");
        Window main = window("mainWindow");
        onEdt(() -> {
            main.setBounds(0, 0, 1270, 640);
            return null;
        });
        waitFor(() -> ((JTable) find(main, "contactsTable")).getRowCount() == 27); // 13 pupils, 14 guardians

        SwingUtilities.invokeLater(() -> ((AbstractButton) find(((JFrame) main).getJMenuBar(), "menuDemoMailbox"))
                .doClick());
        Window mailbox = window("demoMailbox");
        waitFor(() -> ((JTable) find(mailbox, "demoMessages")).getRowCount() == 4);
        shoot(mailbox, out.resolve("sandbox-mailbox-" + language + ".png"));
        click(mailbox, "demoClose");
        // The status line counts the messages waiting at most once a second.
        Thread.sleep(1_500);
        shoot(main, out.resolve("sandbox-main-" + language + ".png"));
        System.exit(0);
    }

    private static void click(Window w, String name) throws Exception {
        SwingUtilities.invokeLater(() -> ((AbstractButton) find(w, name)).doClick());
        Thread.sleep(300);
    }

    private static void shoot(Window window, Path file) throws Exception {
        Thread.sleep(600);
        Screenshots.paint(window, file);
    }
}
