package fr.missive.ui;

import fr.missive.Wiring;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.i18n.Messages;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.users.Role;
import fr.missive.ui.accounts.SecretAnswerPrompt;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.UiContext;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JSpinner;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.accounts.WorkstationDraft;
import fr.missive.model.mail.Security;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.settings.Preferences.Theme;
import fr.missive.model.users.User;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JTable;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * Not a test: walks the windows and saves a PNG of each, to look at what a person sees.
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" java -cp … fr.missive.ui.ScreenshotTour OUT fr|en light|dark}
 */
public final class ScreenshotTour {

    private final Path out;
    private final String suffix;

    private ScreenshotTour(Path out, String suffix) {
        this.out = out;
        this.suffix = suffix;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        String language = args.length > 1 ? args[1] : "fr";
        boolean dark = args.length > 2 && args[2].equals("dark");
        Files.createDirectories(out);
        Locale.setDefault(Locale.forLanguageTag(language));
        // Title bars drawn by FlatLaf: Xvfb has no window manager to draw them.
        System.setProperty("flatlaf.useWindowDecorations", "true");
        SwingUtilities.invokeAndWait(() -> {
            JFrame.setDefaultLookAndFeelDecorated(true);
            JDialog.setDefaultLookAndFeelDecorated(true);
        });
        ScreenshotTour tour = new ScreenshotTour(out, "-" + language + (dark ? "-dark" : ""));
        if (!dark) {
            tour.wizard();
        }
        tour.mainWindow(dark);
        System.exit(0);
    }

    private void wizard() throws Exception {
        Path folder = Files.createTempDirectory("missive-tour");
        new GuiLauncher(Wiring::open, code -> { }).start(folder);
        Window wizard = window("firstRunWizard");
        onEdt(() -> {
            text(wizard, "institution.name").setText("Collège Jean Moulin");
            text(wizard, "institution.address1").setText("12 rue des Écoles");
            text(wizard, "institution.postcode").setText("69003");
            text(wizard, "institution.city").setText("Lyon");
            text(wizard, "institution.phone").setText("04 72 00 00 00");
            return null;
        });
        shoot(wizard, "wizard-1");
        click(wizard, "wizardNext");
        onEdt(() -> {
            text(wizard, "admin.name").setText("Claire Martin");
            text(wizard, "admin.email").setText("claire.martin@@college.fr");
            return null;
        });
        click(wizard, "wizardFinish");
        waitFor(() -> find(wizard, "admin.email.error").isShowing());
        shoot(wizard, "wizard-2-error");
        click(wizard, "wizardCancel");
    }

    private void mainWindow(boolean dark) throws Exception {
        Path folder = Files.createTempDirectory("missive-tour");
        OpenDataFolder services = SampleData.initialised(folder);
        User admin = SampleData.admin(services);
        services.setup().preferences().setTheme(admin.id(), dark ? Theme.DARK : Theme.LIGHT);
        services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.getDefault()));
        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        Window main = window("mainWindow");
        onEdt(() -> {
            main.setBounds(0, 0, 1200, 720);
            return null;
        });
        importThroughTheWizard(main);
        waitFor(() -> ((JTable) find(main, "contactsTable")).getRowCount() > 10);
        Thread.sleep(300);
        shoot(main, "main");
        SwingUtilities.invokeLater(() -> ((JMenu) find(((JFrame) main).getJMenuBar(), "menuMail")).doClick());
        Thread.sleep(600);
        shootScreen(main, "main-menu");
        SwingUtilities.invokeAndWait(() -> MenuSelectionManager.defaultManager().clearSelectedPath());
        onEdt(() -> {
            JTable table = (JTable) find(main, "contactsTable");
            table.setRowSelectionInterval(0, 0);
            return null;
        });
        click(main, "contactEdit");
        Window contact = window("contactDialog");
        shoot(contact, "contact");
        onEdt(() -> {
            text(contact, "contact.email").setText("oceane.begue@orange");
            return null;
        });
        click(contact, "contact.save");
        waitFor(() -> find(contact, "contact.email.error").isShowing());
        shoot(contact, "contact-error");
        click(contact, "contact.cancel");
        dialogFromMenu(main, "menuUsers", "usersDialog", "usersClose");
        dialogFromMenu(main, "menuInstitution", "institutionDialog", "institution.cancel");
        dialogFromMenu(main, "menuPreferences", "preferencesDialog", "prefsClose");
        mailSettings(services, admin);
        dialogFromMenu(main, "menuWorkstationMail", "workstationDialog", "workstationClose");
        dialogFromMenu(main, "menuProfiles", "profilesDialog", "profilesClose");
        mailAccounts(main, services, admin);
        failedWorkstationTest(main);
    }

    /** The accounts dialog on a shared account, its mailbox settings, its secret question, and the staff's prompt. */
    private void mailAccounts(Window main, OpenDataFolder services, User admin) throws Exception {
        User paul = services.setup().users().add(admin, new UserDraft("Paul Durand", "paul.durand@college-jean-moulin.fr",
                Role.STAFF, null));
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Claire Martin",
                "claire.martin@college-jean-moulin.fr", SettingsSource.WORKSTATION, null, null, null, false, List.of(),
                null));
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Secrétariat",
                "secretariat@college-jean-moulin.fr", SettingsSource.OWN, null, new SmtpDraft("smtp.college-jean-moulin.fr",
                587, Security.STARTTLS, "secretariat", "mot-de-passe".toCharArray(), null, false),
                "accueil@college-jean-moulin.fr", true, List.of("Paul Durand", "Claire Martin"), null,
                new ImapDraft("imap.college-jean-moulin.fr", null, Security.TLS, null, "mot-de-passe".toCharArray(),
                        "Éléments envoyés")));
        services.accounts().accounts().setSecretQuestion(admin, "Secrétariat", "Prénom de la première principale ?",
                "Élodie".toCharArray());
        SwingUtilities.invokeLater(() -> ((AbstractButton) find(((JFrame) main).getJMenuBar(), "menuAccounts"))
                .doClick());
        Window accounts = window("accountsDialog");
        waitFor(() -> ((JList<?>) find(accounts, "accountsList")).getModel().getSize() == 2);
        onEdt(() -> {
            ((JList<?>) find(accounts, "accountsList")).setSelectedIndex(1);
            return null;
        });
        shoot(accounts, "accounts");
        click(accounts, "accountEdit");
        Window wizard = window("accountWizard");
        click(wizard, "accountNext");
        waitFor(() -> find(wizard, "account.imap.host").isShowing());
        shoot(wizard, "account-server");
        click(wizard, "accountClose");
        click(accounts, "accountSecretQuestion");
        Window question = window("secretQuestionDialog");
        shoot(question, "secret-question");
        click(question, "secretQuestionClose");
        click(accounts, "accountsClose");

        UiContext staff = new UiContext(new BackgroundTasks(), Messages.forLocale(Locale.getDefault()),
                services.clock(), UiContext.Devices.system(), code -> { });
        staff.setUser(paul);
        Account shared = services.accounts().accounts().require(admin, "Secrétariat");
        SwingUtilities.invokeLater(() -> new SecretAnswerPrompt(staff, services.accounts(), main, shared, answer -> { }).open());
        Window prompt = window("secretAnswerDialog");
        onEdt(() -> {
            text(prompt, "secretAnswer.answer").setText("Mélanie");
            return null;
        });
        click(prompt, "secretAnswerOk");
        waitFor(() -> find(prompt, "secretAnswer.answer.error").isShowing());
        shoot(prompt, "secret-answer-wrong");
        click(prompt, "secretAnswerCancel");
    }

    /** This PC's settings pointed at a port where nothing listens: the diagnosis under the test button. */
    private void failedWorkstationTest(Window main) throws Exception {
        SwingUtilities.invokeLater(() -> ((AbstractButton) find(((JFrame) main).getJMenuBar(), "menuWorkstationMail"))
                .doClick());
        Window dialog = window("workstationDialog");
        waitFor(() -> find(dialog, "workstationSave").isEnabled());
        onEdt(() -> {
            text(dialog, "workstation.host").setText("127.0.0.1");
            ((JSpinner) find(dialog, "workstation.port")).setValue(1);
            text(dialog, "workstation.to").setText("claire.martin@college-jean-moulin.fr");
            return null;
        });
        click(dialog, "workstationTest");
        waitFor(() -> find(dialog, "workstationTestResult").isShowing()
                && ((JLabel) find(dialog, "workstationTestResult")).getText().contains("<html>"));
        shoot(dialog, "workstation-test-failed");
        click(dialog, "workstationClose");
    }

    /** A profile and this PC's settings, as an administrator would have set them. */
    private static void mailSettings(OpenDataFolder services, User admin) {
        services.accounts().profiles().add(admin, "Relais académique", new SmtpDraft("smtp.ac-lyon.fr", 587, Security.STARTTLS,
                "ce.0690000x", "mot-de-passe".toCharArray(), null, false));
        services.accounts().workstation().set(admin, new WorkstationDraft(null, new SmtpDraft("smtp.college-jean-moulin.fr",
                465, Security.TLS, "poste-secretariat", "mot-de-passe".toCharArray(), null, false),
                "Collège Jean Moulin", "ne-pas-repondre@college-jean-moulin.fr",
                List.of("college-jean-moulin.fr", "ac-lyon.fr")));
    }

    private void importThroughTheWizard(Window main) throws Exception {
        click(main, "contactImport");
        Window wizard = window("importWizard");
        onEdt(() -> {
            text(wizard, "importFile").setText(Path.of("src/test/resources/contacts/eleves-responsables-cp1252.csv")
                    .toAbsolutePath().toString());
            return null;
        });
        click(wizard, "importNext");
        waitFor(() -> find(wizard, "importPreview").isShowing());
        shoot(wizard, "import-preview");
        click(wizard, "importNext");
        shoot(wizard, "import-mapping");
        click(wizard, "importNext");
        waitFor(() -> find(wizard, "importSummary").isShowing());
        shoot(wizard, "import-report");
        click(wizard, "importClose");
    }

    private void dialogFromMenu(Window main, String item, String dialogName, String closeButton) throws Exception {
        SwingUtilities.invokeLater(() -> ((AbstractButton) find(((JFrame) main).getJMenuBar(), item)).doClick());
        Window dialog = window(dialogName);
        shoot(dialog, dialogName.replace("Dialog", ""));
        click(dialog, closeButton);
    }

    private void shoot(Window window, String name) throws Exception {
        Thread.sleep(400);
        Screenshots.paint(window, out.resolve(name + suffix + ".png"));
    }

    /** What the screen shows over the window, menus and tooltips included (printAll leaves them out). */
    private void shootScreen(Window window, String name) throws Exception {
        Rectangle bounds = onEdt(window::getBounds);
        ImageIO.write(new Robot().createScreenCapture(bounds), "png", out.resolve(name + suffix + ".png").toFile());
    }

    static Window window(String name) throws Exception {
        AtomicReference<Window> found = new AtomicReference<>();
        waitFor(() -> {
            for (Window w : Window.getWindows()) {
                if (name.equals(w.getName()) && w.isShowing()) {
                    found.set(w);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    static Component find(Container root, String name) {
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

    private static JTextComponent text(Window w, String name) {
        return (JTextComponent) find(w, name);
    }

    private static void click(Window w, String name) throws Exception {
        SwingUtilities.invokeLater(() -> ((AbstractButton) find(w, name)).doClick());
        Thread.sleep(300);
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (onEdt(condition)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }

    static <T> T onEdt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
