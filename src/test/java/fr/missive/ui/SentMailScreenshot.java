package fr.missive.ui;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.EmailAddress;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.Security;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.users.User;
import java.awt.Window;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Not a test: the Sent mail and Outbox windows at their default size, with letters sent to
 * families, saved as PNGs to check that no column title or status is cut off.
 * {@code xvfb-run -a -s "-screen 0 1280x1024x24" java -cp … fr.missive.ui.SentMailScreenshot OUT_DIR fr|en}
 */
public final class SentMailScreenshot {

    private SentMailScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        String language = args.length > 1 ? args[1] : "fr";
        Files.createDirectories(out);
        Locale.setDefault(Locale.forLanguageTag(language));
        System.setProperty("flatlaf.useWindowDecorations", "true");
        SwingUtilities.invokeAndWait(() -> {
            JFrame.setDefaultLookAndFeelDecorated(true);
            JDialog.setDefaultLookAndFeelDecorated(true);
        });
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start()) {
            OpenDataFolder services = SampleData.initialised(Files.createTempDirectory("missive-sent-shot"));
            User admin = SampleData.admin(services);
            services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.getDefault()));
            services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                    "secretariat@college-jean-moulin.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                    server.port(), Security.NONE, null, null, null, false, null), null, false, List.of(), null));
            services.outbox().outbox().queue(admin, "Secrétariat", List.of(
                    letter("famille.martin@example.fr", "Convocation des parents — Léa MARTIN",
                            "Convocation des parents", 1, "Mme MARTIN Sophie"),
                    letter("famille.begue@example.fr", "Absence non justifiée — Noé BÈGUE",
                            "Absence non justifiée", 2, "M. BÈGUE Laurent"),
                    letter("anais.simon@example.fr", "Certificat de scolarité", "Certificat de scolarité", 3,
                            "Mme SIMON Anaïs")));
            services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));
            // A message the server refuses for now, waiting in the outbox with its error.
            server.onRecipient("famille.roux@example.fr", "451 4.7.1 Greylisted, try again later");
            services.outbox().outbox().queue(admin, "Secrétariat", List.of(
                    letter("famille.roux@example.fr", "Réunion parents-professeurs du jeudi 3 décembre",
                            "Réunion parents-professeurs", 4, "Mme ROUX Claire")));
            services.outbox().outbox().worker().runForeground(false, Duration.ofSeconds(10));

            new GuiLauncher(Wiring::open, code -> { }).openOn(services);
            Window main = ScreenshotTour.window("mainWindow");
            menu(main, "menuSentMail");
            Window sent = ScreenshotTour.window("sentDialog");
            ScreenshotTour.waitFor(() -> ((JTable) ScreenshotTour.find(sent, "sentTable")).getRowCount() >= 3);
            ScreenshotTour.onEdt(() -> {
                ((JTable) ScreenshotTour.find(sent, "sentTable")).setRowSelectionInterval(0, 0);
                return null;
            });
            Thread.sleep(800);
            shoot(sent, out.resolve("sent-mail-" + language + ".png"));
            click(sent, "sentForward");
            Window forward = ScreenshotTour.window("forwardDialog");
            shoot(forward, out.resolve("sent-forward-" + language + ".png"));
            click(forward, "forwardCancel");
            click(sent, "sentRetention");
            Window retention = ScreenshotTour.window("retentionDialog");
            Thread.sleep(300);
            shoot(retention, out.resolve("sent-retention-" + language + ".png"));
            click(retention, "retentionClose");
            click(sent, "sentClose");
            menu(main, "menuOutbox");
            Window outbox = ScreenshotTour.window("outboxDialog");
            ScreenshotTour.waitFor(() -> ((JTable) ScreenshotTour.find(outbox, "outboxTable")).getRowCount() >= 1);
            Thread.sleep(500);
            shoot(outbox, out.resolve("outbox-" + language + ".png"));
        }
        System.exit(0);
    }

    private static MailContent letter(String to, String subject, String template, long contactId, String contact) {
        return MailContent.plain(List.of(EmailAddress.parse(to)), subject, "Madame, Monsieur,\n\nVeuillez trouver "
                        + "ci-joint le courrier du collège.\n\nLe secrétariat",
                List.of(Attachment.pdf(template + ".pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))))
                .withOrigin(MailOrigin.of(template, new MailOrigin.ContactRef(contactId, contact)));
    }

    private static void click(Window window, String button) throws Exception {
        SwingUtilities.invokeLater(() -> ((AbstractButton) ScreenshotTour.find(window, button)).doClick());
        Thread.sleep(300);
    }

    private static void menu(Window main, String item) {
        SwingUtilities.invokeLater(() -> ((AbstractButton) ScreenshotTour.find(((JFrame) main).getJMenuBar(), item))
                .doClick());
    }

    private static void shoot(Window window, Path file) throws Exception {
        Screenshots.paint(window, file);
    }
}
