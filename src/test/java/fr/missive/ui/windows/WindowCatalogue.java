package fr.missive.ui.windows;

import fr.missive.app.OpenDataFolder;
import fr.missive.app.letters.mailing.InterruptedMailings;
import fr.missive.app.sandbox.DemoData;
import fr.missive.i18n.Messages;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.ui.WindowsAccess;
import fr.missive.ui.accounts.AccountVerificationDialog;
import fr.missive.ui.accounts.CertificateTrustQuestion;
import fr.missive.ui.accounts.SecretAnswerPrompt;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.outbox.InterruptedMailingDialog;
import fr.missive.ui.outbox.QuitWhileSending;
import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * Every window, dialog and wizard page of Missive, each with the way to open it on realistic
 * data ({@link Fixture}: a sandbox made longer by {@link CatalogueData}). Checks that must hold
 * for every window (layout, accessible names, mnemonics …) run over {@link #all()}, for example
 * with {@link CatalogueRunner#forEach}.
 *
 * <p><b>Adding a window:</b> add one {@link #entry} to {@link #all()}: a unique name (the
 * window's {@code setName}, then {@code /page} for a wizard page or {@code :state} for a
 * state worth checking on its own), the class of {@code src/main} whose code creates the window
 * ({@link WindowCreationCoverageTest} fails on a class that creates a window and is named by no
 * entry), and how to open it from the fixture, returning the {@link Window}. An entry may leave
 * other windows open (its owner, the wizard's earlier pages): the runner closes all of them but
 * the main window after each entry. Open through the menus and buttons a person uses where one
 * reaches the window quickly; construct the window directly only where it is hard to reach.
 */
public final class WindowCatalogue {

    /** How an entry opens its window; called from the test thread, never on the EDT. */
    @FunctionalInterface
    public interface Opener {
        Window open(Fixture fixture) throws Exception;
    }

    /**
     * One window (or one page or state of it).
     *
     * @param name      unique, stable: what a failure names
     * @param createdBy the class of {@code src/main} whose code creates the window
     */
    public record Entry(String name, String createdBy, Opener opener) {
        public Window open(Fixture fixture) throws Exception {
            return opener.open(fixture);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String UI = "fr.missive.ui.";
    private static final Path CONTACTS_CSV = Path.of("src/test/resources/contacts/eleves-responsables-cp1252.csv");

    private WindowCatalogue() {
    }

    /** Every entry, in an order that opens each window at most once and keeps the data realistic. */
    public static List<Entry> all() {
        return List.of(
                // Before anyone works: opening, first run, sign-in.
                entry("openingWindow", UI + "OpeningWindow", f -> {
                    WindowsAccess.showOpeningWindow(Messages.forLocale(f.locale()));
                    return Fixture.window("openingWindow");
                }),
                entry("firstRunWizard/institution", UI + "setup.FirstRunWizard", Fixture::firstRunWizard),
                entry("firstRunWizard/administrator", UI + "setup.FirstRunWizard", f -> {
                    Window wizard = f.firstRunWizard();
                    f.edt(() -> {
                        text(wizard, "institution.name").setText(CatalogueData.INSTITUTION);
                        text(wizard, "institution.city").setText("Châtenay-Malabry");
                        text(wizard, "institution.postcode").setText("92290");
                        text(wizard, "institution.address1").setText("145 avenue du Maréchal-de-Lattre-de-Tassigny");
                    });
                    return f.clickUntil(wizard, "wizardNext", "admin.name");
                }),
                entry("joinSharedDatabaseDialog", UI + "setup.JoinSharedDatabaseDialog",
                        f -> f.click(f.firstRunWizard(), "wizardJoinShared", "joinSharedDatabaseDialog")),
                entry("signInDialog", UI + "signin.SignInDialog", Fixture::signIn),

                // The main window and what its contacts panel opens.
                entry("mainWindow", UI + "main.MainWindow", Fixture::main),
                entry("contactDialog:new", UI + "contacts.ContactDialog", f -> f.click(f.main(), "contactAdd", "contactDialog")),
                entry("contactDialog:edit", UI + "contacts.ContactDialog", f -> {
                    selectRows(f, f.main(), "contactsTable", 1);
                    return f.click(f.main(), "contactEdit", "contactDialog");
                }),
                entry("confirmDialog", UI + "common.Alerts", f -> {
                    selectRows(f, f.main(), "contactsTable", 1);
                    return f.click(f.main(), "contactDelete", "confirmDialog");
                }),
                entry("alertError", UI + "common.Alerts", f -> {
                    Messages messages = Messages.forLocale(f.locale());
                    Window main = f.main();
                    SwingUtilities.invokeLater(() -> Alerts.error(main, messages, messages.get("ui.error.unexpected")));
                    return Fixture.window("alertError");
                }),
                entry("chooseDialog", UI + "common.Alerts", f -> {
                    Messages messages = Messages.forLocale(f.locale());
                    Window main = f.main();
                    SwingUtilities.invokeLater(() -> Alerts.choose(main, messages, messages.get("ui.letters.unsavedQuestion",
                                    "Convocation à la réunion parents-professeurs de Terminale STMG 2"),
                            messages.get("ui.button.save"), messages.get("ui.letters.discard")));
                    return Fixture.window("chooseDialog");
                }),
                // ChangedMeanwhilePrompt, asked by every editor of a shared record whose save was refused (several PCs).
                entry("chooseDialog:changedMeanwhile", UI + "common.Alerts", f -> {
                    Window main = f.main();
                    UiContext context = context(f);
                    fr.missive.model.ChangedMeanwhileException changed = new fr.missive.model.ChangedMeanwhileException(
                            new fr.missive.model.RecordVersion(4, "Marie-Christine DELAHAYE-FONTAINE",
                                    java.time.Instant.parse("2026-12-04T15:12:00Z")));
                    SwingUtilities.invokeLater(() -> fr.missive.ui.common.ChangedMeanwhilePrompt.ask(main, context, changed));
                    return Fixture.window("chooseDialog");
                }),
                entry("alertInfo:about", UI + "main.MainWindow", f -> f.menu("menuAbout", "alertInfo")),
                entry("journalDialog", UI + "main.JournalDialog", f -> f.menu("menuJournal", "journalDialog")),

                // Importing contacts: each page of the wizard, and its file chooser.
                entry("importWizard/file", UI + "contacts.importing.ImportWizard",
                        f -> f.menu("menuContactsImport", "importWizard")),
                entry("fileChooser:import", UI + "common.FileChoosers", f -> {
                    Window wizard = f.menu("menuContactsImport", "importWizard");
                    f.clickLater(wizard, "importBrowse");
                    return fileChooser();
                }),
                entry("importWizard/preview", UI + "contacts.importing.ImportWizard", f -> importPage(f, 1)),
                entry("importWizard/mapping", UI + "contacts.importing.ImportWizard", f -> importPage(f, 2)),
                entry("importWizard/report", UI + "contacts.importing.ImportWizard", f -> importPage(f, 3)),

                // Letters.
                entry("lettersWindow", UI + "letters.LettersWindow", f -> lettersWindow(f)),
                entry("renameDialog", UI + "letters.LettersWindow", f -> f.click(lettersWindow(f), "letters.rename",
                        "renameDialog")),
                entry("letterMailingDialog/options", UI + "letters.LetterMailingDialog", f -> mailing(f)),
                entry("contactPicker", UI + "compose.ContactPicker", f -> f.click(mailing(f), "mailingAddContacts",
                        "contactPicker")),
                entry("letterMailingDialog/summary", UI + "letters.LetterMailingDialog", f -> mailingSummary(f)),
                entry("mailingPreviewDialog", UI + "letters.MailingPreviewDialog", f -> {
                    Window mailing = mailingSummary(f);
                    return f.click(mailing, "mailingPreview", "mailingPreviewDialog");
                }),

                // Mail.
                entry("sendEmailDialog", UI + "compose.SendEmailDialog", f -> sendEmail(f)),
                entry("emailPreviewDialog", UI + "compose.PreviewDialog", f -> {
                    Window email = sendEmail(f);
                    f.edt(() -> {
                        text(email, "emailSubject").setText("Convocation à la réunion parents-professeurs du jeudi");
                        text(email, "emailBody").setText("Madame, Monsieur,\n\nVous êtes invités à la réunion.");
                    });
                    return f.click(email, "emailPreview", "emailPreviewDialog");
                }),
                entry("templateNameDialog", UI + "compose.TemplateNameDialog", f -> {
                    Window email = sendEmail(f);
                    f.edt(() -> {
                        text(email, "emailSubject").setText("Convocation à la réunion parents-professeurs du jeudi");
                        text(email, "emailBody").setText("Madame, Monsieur,\n\nVous êtes invités à la réunion.");
                    });
                    return f.click(email, "emailSaveTemplate", "templateNameDialog");
                }),
                entry("sendDocumentDialog", UI + "compose.SendDocumentDialog", f -> {
                    selectRows(f, f.main(), "contactsTable", 3);
                    return f.click(f.main(), "contactSendDocument", "sendDocumentDialog");
                }),
                entry("documentSummaryDialog", UI + "compose.DocumentSummaryDialog", f -> {
                    selectRows(f, f.main(), "contactsTable", 3);
                    Window document = f.click(f.main(), "contactSendDocument", "sendDocumentDialog");
                    Path folder = f.folderWith("BÈGUE_Océane.pdf", "bulletin-trimestre-1.pdf");
                    f.edt(() -> {
                        ((javax.swing.AbstractButton) Fixture.find(document, "documentPerRecipient")).setSelected(true);
                        text(document, "documentFolder").setText(folder.toString());
                        text(document, "documentSubject").setText("Bulletin du premier trimestre de {{first_name}}");
                    });
                    return f.click(document, "documentNext", "documentSummaryDialog");
                }),
                entry("signaturesDialog", UI + "signatures.SignaturesDialog", f -> f.menu("menuSignatures", "signaturesDialog")),
                entry("signatureEditor", UI + "signatures.SignatureEditor", f -> f.click(
                        f.menu("menuSignatures", "signaturesDialog"), "signatureNew", "signatureEditor")),
                entry("outboxDialog", UI + "outbox.OutboxDialog", f -> f.menu("menuOutbox", "outboxDialog")),
                entry("quitWhileSending", UI + "outbox.QuitWhileSending", f -> {
                    UiContext context = context(f);
                    Window main = f.main();
                    SwingUtilities.invokeLater(() -> new QuitWhileSending(context, f.services().outbox(), main, 3,
                            () -> { }).open());
                    return Fixture.window("quitWhileSending");
                }),
                // Configuration's move up to a shared database: not offered in the sandbox, so opened directly.
                entry("moveToSharedDatabaseDialog", UI + "setup.MoveToSharedDatabaseDialog", f -> {
                    UiContext context = context(f);
                    Window main = f.main();
                    SwingUtilities.invokeLater(() -> new fr.missive.ui.setup.MoveToSharedDatabaseDialog(context,
                            f.services().setup().sharedDatabase(), f.services().outbox().outbox(), main, () -> { })
                            .open());
                    return Fixture.window("moveToSharedDatabaseDialog");
                }),
                entry("interruptedMailingDialog", UI + "outbox.InterruptedMailingDialog", f -> {
                    UiContext context = context(f);
                    Window main = f.main();
                    // As offered at start after a power cut: 50 of 120 letters queued, the other 70 named.
                    List<String> notQueued = java.util.stream.IntStream.rangeClosed(51, 120)
                            .mapToObj(i -> "Élève " + i + " — Mme RESPONSABLE " + i).toList();
                    InterruptedMailings.Interrupted cut = new InterruptedMailings.Interrupted(
                            "8d0c6a52-3f1e-4b7a-9c55-2a1d7e0f4b13", "Convocation au conseil de classe",
                            "Secrétariat", java.time.Instant.parse("2026-12-04T15:12:00Z"), 120, notQueued, false);
                    SwingUtilities.invokeLater(() -> new InterruptedMailingDialog(context,
                            f.services().letters().interrupted(), cut, main, () -> { }).open());
                    return Fixture.window("interruptedMailingDialog");
                }),
                entry("interruptedMailingDialog:document", UI + "outbox.InterruptedMailingDialog", f -> {
                    UiContext context = context(f);
                    Window main = f.main();
                    // A document to every family cut after its first chunk: its e-mails, typed addresses last.
                    List<String> notQueued = java.util.stream.Stream.concat(java.util.stream.IntStream
                                    .rangeClosed(51, 120).mapToObj(i -> "Mme RESPONSABLE-DE-L-ÉLÈVE " + i),
                            java.util.stream.Stream.of("direction@college-jean-moulin.fr")).toList();
                    InterruptedMailings.Interrupted cut = new InterruptedMailings.Interrupted(
                            "5e1f0b27-9a3c-4d8e-b6f1-0c2d4e6a8b31", "Calendrier de l’année 2026-2027 — {{first_name}}",
                            "Secrétariat", java.time.Instant.parse("2026-12-04T15:12:00Z"), 121, notQueued, true);
                    SwingUtilities.invokeLater(() -> new InterruptedMailingDialog(context,
                            f.services().letters().interrupted(), cut, main, () -> { }).open());
                    return Fixture.window("interruptedMailingDialog");
                }),
                entry("sentDialog", UI + "sentlog.SentMailDialog", f -> sent(f)),
                entry("retentionDialog", UI + "sentlog.RetentionDialog", f -> f.click(sent(f), "sentRetention",
                        "retentionDialog")),
                entry("forwardDialog", UI + "sentlog.ForwardDialog", f -> {
                    Window sent = sent(f);
                    selectRows(f, sent, "sentTable", 1);
                    return f.click(sent, "sentForward", "forwardDialog");
                }),
                entry("resendDialog", UI + "sentlog.SentMailDialog", f -> {
                    Window sent = sent(f);
                    selectRows(f, sent, "sentTable", 1);
                    f.clickLater(sent, "sentResend");
                    return optionPaneOver(sent);
                }),
                entry("fileChooser:saveAttachment", UI + "sentlog.AttachmentsPane", f -> {
                    Window sent = sent(f);
                    selectRows(f, sent, "sentTable", 1);
                    Fixture.waitUntil("attachments listed", () -> ((JList<?>) Fixture.find(sent, "sentAttachments"))
                            .getModel().getSize() > 0);
                    f.edt(() -> ((JList<?>) Fixture.find(sent, "sentAttachments")).setSelectedIndex(0));
                    f.clickLater(sent, "sentSaveAs");
                    return fileChooser();
                }),
                entry("demoMailbox", UI + "sandbox.DemoMailboxWindow", f -> f.menu("menuDemoMailbox", "demoMailbox")),

                // Accounts.
                entry("accountsDialog", UI + "accounts.AccountsDialog", f -> accounts(f)),
                entry("accountWizard/account", UI + "accounts.AccountWizard",
                        f -> f.click(accounts(f), "accountAddInstitution", "accountWizard")),
                entry("accountWizard/server", UI + "accounts.AccountWizard", f -> accountWizardPage(f, 1)),
                entry("accountWizard/test", UI + "accounts.AccountWizard", f -> accountWizardPage(f, 2)),
                entry("secretQuestionDialog", UI + "accounts.SecretQuestionDialog", f -> {
                    Window accounts = accounts(f);
                    selectInstitutionAccount(f, accounts);
                    Window dialog = f.click(accounts, "accountSecretQuestion", "secretQuestionDialog");
                    // The question is read in the background: checked once it is, not while its line changes.
                    Fixture.waitUntil("secret question read", () -> !((javax.swing.JLabel) Fixture.find(dialog,
                            "secretQuestionState")).getText().isBlank());
                    return dialog;
                }),
                entry("accountVerificationDialog", UI + "accounts.AccountVerificationDialog", f -> {
                    // The sandbox's institution account is verified already: the dialog as the button opens it.
                    Window accounts = accounts(f);
                    Account shared = f.services().accounts().accounts().require(f.admin(), DemoData.INSTITUTION_ACCOUNT);
                    UiContext context = context(f);
                    SwingUtilities.invokeLater(() -> new AccountVerificationDialog(context, f.services().accounts(),
                            accounts, shared, verified -> { }).open());
                    return Fixture.window("accountVerificationDialog");
                }),
                entry("certificateTrustDialog", UI + "accounts.CertificateTrustQuestion", f -> {
                    // As the one-click fix of a failed test or the accounts list's trust button opens it.
                    Window accounts = accounts(f);
                    UiContext context = context(f);
                    SwingUtilities.invokeLater(() -> new CertificateTrustQuestion(context).ask(accounts,
                            "messagerie.college-jean-moulin-de-saint-germain-en-laye.fr",
                            CertificateFingerprint.parse("3F:".repeat(31) + "3F")));
                    return Fixture.window("certificateTrustDialog");
                }),
                entry("secretAnswerDialog", UI + "accounts.SecretAnswerPrompt", f -> {
                    OpenDataFolder services = f.services();
                    services.accounts().accounts().setSecretQuestion(f.admin(), DemoData.INSTITUTION_ACCOUNT,
                            "Prénom de la première principale du lycée ?", "Élodie".toCharArray());
                    Account shared = services.accounts().accounts().require(f.admin(), DemoData.INSTITUTION_ACCOUNT);
                    UiContext context = context(f);
                    context.setUser(services.setup().users().find(DemoData.STAFF).orElseThrow());
                    Window main = f.main();
                    SwingUtilities.invokeLater(() -> new SecretAnswerPrompt(context, services.accounts(), main, shared,
                            answer -> { }).open());
                    return Fixture.window("secretAnswerDialog");
                }),

                // Tools and configuration.
                entry("preferencesDialog", UI + "prefs.PreferencesDialog", f -> f.menu("menuPreferences", "preferencesDialog")),
                entry("institutionDialog", UI + "institution.InstitutionDialog",
                        f -> f.menu("menuInstitution", "institutionDialog")),
                entry("usersDialog", UI + "users.UsersDialog", f -> f.menu("menuUsers", "usersDialog")),
                entry("workstationDialog", UI + "accounts.WorkstationSettingsDialog",
                        f -> f.menu("menuWorkstationMail", "workstationDialog")),
                entry("profilesDialog", UI + "accounts.ProfilesDialog", f -> f.menu("menuProfiles", "profilesDialog")),
                entry("oauthClientsDialog", UI + "accounts.OAuthClientsDialog",
                        f -> f.menu("menuOAuthClients", "oauthClientsDialog")));
    }

    /** The entry named {@code name}. */
    public static Entry named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No window " + name + " in the catalogue"));
    }

    static Entry entry(String name, String createdBy, Opener opener) {
        return new Entry(name, createdBy, opener);
    }

    private static Window importPage(Fixture f, int page) {
        Window wizard = f.menu("menuContactsImport", "importWizard");
        f.edt(() -> text(wizard, "importFile").setText(CONTACTS_CSV.toAbsolutePath().toString()));
        String[] shownOnPage = {"importFile", "importPreview", "importMapping.0", "importSummary"};
        for (int i = 1; i <= page; i++) {
            f.clickUntil(wizard, "importNext", shownOnPage[i]);
        }
        return wizard;
    }

    private static Window lettersWindow(Fixture f) {
        Window letters = f.menu("menuLetterTemplates", "lettersWindow");
        f.edt(() -> {
            JTree tree = (JTree) Fixture.find(letters, "letters.tree");
            // The first letter of the first category: what a person clicks first.
            tree.setSelectionRow(Math.min(1, tree.getRowCount() - 1));
        });
        Fixture.settle();
        return letters;
    }

    private static Window mailing(Fixture f) {
        selectRows(f, f.main(), "contactsTable", 3);
        return f.click(f.main(), "contactLetterMailing", "letterMailingDialog");
    }

    /** The mailing's summary page: every field the letter asks for given, the letters going to a folder. */
    private static Window mailingSummary(Fixture f) {
        Window mailing = mailing(f);
        Path output = f.folderWith();
        f.edt(() -> {
            text(mailing, "mailingFolder").setText(output.toString());
            fillEmptyFields(mailing, "mailingField.", "jeudi 14 janvier 2027 à 17 h 30");
        });
        return f.clickUntil(mailing, "mailingNext", "mailingSummary");
    }

    private static void fillEmptyFields(java.awt.Container root, String prefix, String value) {
        for (Component c : root.getComponents()) {
            if (c instanceof JTextComponent t && c.getName() != null && c.getName().startsWith(prefix)
                    && t.getText().isBlank()) {
                t.setText(value);
            } else if (c instanceof java.awt.Container inner) {
                fillEmptyFields(inner, prefix, value);
            }
        }
    }

    private static Window sendEmail(Fixture f) {
        selectRows(f, f.main(), "contactsTable", 3);
        return f.click(f.main(), "contactSendEmail", "sendEmailDialog");
    }

    private static Window sent(Fixture f) {
        Window sent = f.menu("menuSentMail", "sentDialog");
        Fixture.waitUntil("sent mail listed", () -> ((JTable) Fixture.find(sent, "sentTable")).getRowCount() > 0);
        return sent;
    }

    private static Window accounts(Fixture f) {
        Window accounts = f.menu("menuAccounts", "accountsDialog");
        Fixture.waitUntil("accounts listed", () -> ((JList<?>) Fixture.find(accounts, "accountsList")).getModel()
                .getSize() >= 2);
        return accounts;
    }

    private static void selectInstitutionAccount(Fixture f, Window accounts) {
        f.edt(() -> {
            JList<?> list = (JList<?>) Fixture.find(accounts, "accountsList");
            for (int i = 0; i < list.getModel().getSize(); i++) {
                if (list.getModel().getElementAt(i) instanceof Account a && a.name().equals(DemoData.INSTITUTION_ACCOUNT)) {
                    list.setSelectedIndex(i);
                }
            }
        });
        Fixture.settle();
    }

    private static Window accountWizardPage(Fixture f, int page) {
        Window accounts = accounts(f);
        selectInstitutionAccount(f, accounts);
        Window wizard = f.click(accounts, "accountEdit", "accountWizard");
        for (int i = 0; i < page; i++) {
            f.clickLater(wizard, "accountNext");
            Fixture.settle();
        }
        return wizard;
    }

    /** Selects the first {@code count} rows of a table (fewer when it has fewer). */
    private static void selectRows(Fixture f, Window window, String table, int count) {
        Fixture.waitUntil(table + " filled", () -> ((JTable) Fixture.find(window, table)).getRowCount() > 0);
        f.edt(() -> {
            JTable t = (JTable) Fixture.find(window, table);
            t.setRowSelectionInterval(0, Math.min(count, t.getRowCount()) - 1);
        });
        Fixture.settle();
    }

    private static JTextComponent text(Window window, String name) {
        Component c = Fixture.find(window, name);
        if (!(c instanceof JTextComponent text)) {
            throw new IllegalStateException("No text field " + name + " in " + window.getName());
        }
        return text;
    }

    private static UiContext context(Fixture f) {
        UiContext context = new UiContext(new BackgroundTasks(), Messages.forLocale(f.locale()), f.services().clock(),
                UiContext.Devices.system(), code -> { });
        context.setUser(f.admin());
        return context;
    }

    /** The file chooser dialog showing (Swing gives it no name). */
    private static Window fileChooser() {
        Fixture.waitUntil("file chooser showing", () -> showingDialogHolding(JFileChooser.class).isPresent());
        Fixture.settle();
        return Fixture.onEdt(() -> showingDialogHolding(JFileChooser.class).orElseThrow());
    }

    /** The option pane dialog that {@code owner} opened (Swing's own, unnamed). */
    private static Window optionPaneOver(Window owner) {
        Fixture.waitUntil("question showing", () -> showingDialogHolding(javax.swing.JOptionPane.class)
                .filter(d -> d.getOwner() == owner).isPresent());
        Fixture.settle();
        return Fixture.onEdt(() -> showingDialogHolding(javax.swing.JOptionPane.class).orElseThrow());
    }

    private static Optional<JDialog> showingDialogHolding(Class<? extends Component> type) {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing() && holds(d.getContentPane(), type)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static boolean holds(java.awt.Container root, Class<? extends Component> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) || c instanceof java.awt.Container inner && holds(inner, type)) {
                return true;
            }
        }
        return false;
    }
}
