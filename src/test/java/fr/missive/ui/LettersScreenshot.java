package fr.missive.ui;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.users.User;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JTree;
import javax.swing.SwingUtilities;

/**
 * Not a test: opens the standard letters window on a French convocation previewed for a
 * guardian and saves a PNG of it, to look at what a secretary sees.
 * {@code xvfb-run -a -s "-screen 0 1280x1024x24" java -cp … fr.missive.ui.LettersScreenshot OUT.png [fr|en]}
 */
public final class LettersScreenshot {

    static final String CONVOCATION = """
            Madame, Monsieur,

            Vous êtes invités à rencontrer l’équipe pédagogique de la classe de **{{class}}** au sujet \
            de la scolarité de votre enfant, le **{{date_rdv}} à {{heure_rdv}}**, en salle du conseil.

            ## Documents à apporter

            1. le carnet de correspondance ;
            2. le dernier bulletin trimestriel.

            En cas d’empêchement, merci de prévenir le secrétariat au {{institution_phone}}.

            Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
            """;

    private LettersScreenshot() {
    }

    private static Window window(String name) throws Exception {
        return ScreenshotTour.window(name);
    }

    private static Component find(Container root, String name) {
        return ScreenshotTour.find(root, name);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        ScreenshotTour.waitFor(condition);
    }

    private static <T> T onEdt(Callable<T> query) throws Exception {
        return ScreenshotTour.onEdt(query);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots/letters-window.png");
        Locale language = Locale.forLanguageTag(args.length > 1 ? args[1] : "fr");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Locale.setDefault(language);
        System.setProperty("flatlaf.useWindowDecorations", "true");
        SwingUtilities.invokeAndWait(() -> {
            JFrame.setDefaultLookAndFeelDecorated(true);
            JDialog.setDefaultLookAndFeelDecorated(true);
        });
        OpenDataFolder services = SampleData.initialised(Files.createTempDirectory("missive-letters-shot"));
        User admin = SampleData.admin(services);
        services.setup().preferences().setLanguage(admin.id(), Optional.of(language));
        SampleData.addContacts(services);
        services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.GUARDIAN, "Madame", "Anaïs", "SIMON", "4e B",
                List.of("59 chemin du Moulin", "Bâtiment B"), "74000", "Annecy", "", "anais.simon@example.fr", true,
                Map.of()));
        services.letters().templates().create(admin, new LetterTemplate("Convocation des parents", Category.CONVOCATION,
                "Rendez-vous avec l’équipe pédagogique le {{date_rdv}}", CONVOCATION, List.of("date_rdv", "heure_rdv")));
        services.letters().templates().create(admin, new LetterTemplate("Absence non justifiée", Category.ABSENCE,
                "Absence de votre enfant", "Madame, Monsieur,\n\nVotre enfant était absent le {{date_absence}}.\n",
                List.of("date_absence")));
        services.letters().templates().create(admin, new LetterTemplate("Certificat de scolarité", Category.CERTIFICATE,
                "Certificat de scolarité", "Je soussignée {{sender_name}} certifie que {{full_name}} est inscrit.\n"));
        services.letters().templates().create(admin, new LetterTemplate("Réunion parents-professeurs", Category.MEETING,
                "Réunion parents-professeurs", "Madame, Monsieur,\n\nLa réunion aura lieu le {{date_rdv}}.\n",
                List.of("date_rdv")));

        new GuiLauncher(Wiring::open, code -> { }).openOn(services);
        Window main = window("mainWindow");
        SwingUtilities.invokeLater(() -> ((AbstractButton) find(((JFrame) main).getJMenuBar(), "menuLetterTemplates"))
                .doClick());
        Window letters = window("lettersWindow");
        waitFor(() -> ((JComboBox<?>) find(letters, "preview.contact")).getItemCount() > 5);
        onEdt(() -> {
            JTree tree = (JTree) find(letters, "letters.tree");
            for (int row = 0; row < tree.getRowCount(); row++) {
                if (tree.getPathForRow(row).getLastPathComponent().toString().contains("Convocation des parents")) {
                    tree.setSelectionRow(row);
                }
            }
            return null;
        });
        onEdt(() -> {
            JComboBox<?> contacts = (JComboBox<?>) find(letters, "preview.contact");
            for (int i = 0; i < contacts.getItemCount(); i++) {
                if (contacts.getItemAt(i).toString().startsWith("SIMON Anaïs")) {
                    contacts.setSelectedIndex(i);
                }
            }
            return null;
        });
        waitFor(() -> String.valueOf(((JComponent) find(letters, "preview.image"))
                .getClientProperty("missive.previewState")).contains("contact=Anaïs SIMON"));
        if (args.length > 2 && args[2].equals("fields")) {
            onEdt(() -> {
                javax.swing.text.JTextComponent body = (javax.swing.text.JTextComponent) find(letters, "letter.body");
                body.requestFocusInWindow();
                body.select(0, "Madame, Monsieur,".length());
                body.replaceSelection("Bonjour {{prenon}} {{nom_eleve}},");
                return null;
            });
            Thread.sleep(300);
            SwingUtilities.invokeLater(() -> ((AbstractButton) find(letters, "letter.insertField")).doClick());
        }
        Thread.sleep(600);
        if (args.length > 2) {
            // The screen rather than the window: the open menu is a window of its own.
            ImageIO.write(new java.awt.Robot().createScreenCapture(onEdt(letters::getBounds)), "png", out.toFile());
            System.exit(0);
        }
        Screenshots.paint(letters, out);
        System.exit(0);
    }
}
