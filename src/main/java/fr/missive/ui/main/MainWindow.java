package fr.missive.ui.main;

import fr.missive.app.sandbox.DemoMailbox;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.app.outbox.OutboxUseCases;
import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.AppVersion;
import fr.missive.app.journal.Journal;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.app.outbox.OutboxPace;
import fr.missive.app.outbox.PaceText;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.storage.LowDiskSpace;
import fr.missive.app.settings.Preferences.Bounds;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.Icons;
import fr.missive.app.ExitCodes;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.common.WindowPlacement;
import fr.missive.ui.compose.SendDocumentDialog;
import fr.missive.ui.compose.SendEmailDialog;
import fr.missive.ui.contacts.ContactsPanel;
import fr.missive.ui.contacts.importing.ImportWizard;
import fr.missive.ui.institution.InstitutionDialog;
import fr.missive.ui.letters.LetterMailingDialog;
import fr.missive.ui.letters.LettersWindow;
import fr.missive.ui.prefs.PreferencesDialog;
import fr.missive.ui.accounts.AccountsDialog;
import fr.missive.ui.accounts.ProfilesDialog;
import fr.missive.ui.accounts.WorkstationSettingsDialog;
import fr.missive.ui.outbox.InterruptedMailingDialog;
import fr.missive.ui.outbox.OutboxDialog;
import fr.missive.ui.sentlog.SentMailDialog;
import fr.missive.ui.signatures.SignaturesDialog;
import fr.missive.ui.outbox.QuitWhileSending;
import fr.missive.ui.common.AppIcon;
import fr.missive.ui.sandbox.DemoMailboxWindow;
import fr.missive.ui.users.UsersDialog;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Graphics;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The main window: the contacts, the menus, and a status line with who is signed in and how
 * many messages wait to be sent; the outbox is delivered in the background while it is open.
 * Closing it ends the session; its place on screen is remembered for the user.
 */
public final class MainWindow implements MainMenu.Commands {

    /** The window's name in the user's preferences. */
    public static final String BOUNDS_KEY = "main";

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    private static final Dimension DEFAULT_SIZE = new Dimension(1150, 720);

    private final UiContext context;
    private final SetupUseCases setupUseCases;
    private final ContactUseCases contactUseCases;
    private final AccountUseCases accountUseCases;
    private final LetterUseCases letterUseCases;
    private final ComposeUseCases composeUseCases;
    private final OutboxUseCases outboxUseCases;
    private final SentLogService sentLog;
    /** The returns of sent mail, read in the background while the window is open. */
    private final fr.missive.app.returns.ReturnsUseCases returns;
    private final DemoMailbox demoMailbox;
    private final java.nio.file.Path dataFolder;
    private final JFrame frame = new JFrame();
    private final StatusBar status;
    private final SignInBanner signInBanner;
    private final LowDiskSpaceBanner lowDiskSpaceBanner;
    /** "The shared database does not answer": never shown on the embedded database. */
    private final ServerGoneBanner serverGoneBanner;
    private final ContactsPanel contacts;
    private final MainMenu menu;
    private LettersWindow letters;
    /** What other PCs change in a shared database; nothing on the embedded one. */
    private fr.missive.app.changes.Changes changes = fr.missive.app.changes.Changes.none();
    /** Coalesces the worker's changes into one count of waiting messages a second at most. */
    private final Timer countWaitingSoon = new Timer(1_000, e -> countWaiting());

    /** Shows in the open windows what other PCs change in a shared database. */
    public MainWindow followingChanges(fr.missive.app.changes.Changes changes) {
        this.changes = changes;
        contacts.followChanges(changes);
        changes.server().ifPresent(serverGoneBanner::follow);
        return this;
    }

    public MainWindow(UiContext context, SetupUseCases setupUseCases, ContactUseCases contactUseCases,
            AccountUseCases accountUseCases, LetterUseCases letterUseCases, ComposeUseCases composeUseCases,
                    OutboxUseCases outboxUseCases, SentLogService sentLog, DemoMailbox demoMailbox,
                            java.nio.file.Path dataFolder, fr.missive.app.returns.ReturnsUseCases returns) {
        this.returns = returns;
        this.context = context;
        this.setupUseCases = setupUseCases;
        this.contactUseCases = contactUseCases;
        this.accountUseCases = accountUseCases;
        this.letterUseCases = letterUseCases;
        this.composeUseCases = composeUseCases;
        this.outboxUseCases = outboxUseCases;
        this.sentLog = sentLog;
        this.demoMailbox = demoMailbox;
        this.dataFolder = dataFolder;
        this.status = new StatusBar(context, this::outbox);
        this.signInBanner = new SignInBanner(context, outboxUseCases, frame, this::countWaiting);
        this.lowDiskSpaceBanner = new LowDiskSpaceBanner(context, new LowDiskSpace(dataFolder));
        this.serverGoneBanner = new ServerGoneBanner(context);
        this.contacts = new ContactsPanel(context, contactUseCases, sentLog, frame, new ContactsPanel.CountListener() {
            @Override
            public void counted(int shown, int total) {
                status.showContactCount(shown, total);
            }

            @Override
            public void loading(int shown, int read) {
                status.showContactsLoading(shown, read);
            }
        });
        this.menu = new MainMenu(context, demoMailbox, this);
        countWaitingSoon.setRepeats(false);
        frame.setName("mainWindow");
        AppIcon.applyTo(frame);
        frame.setTitle(title(null));
        Swing.onCloseBox(frame, this::close);
        frame.setJMenuBar(menu.build(context.user()));
        contacts.enableImport(this::importContacts);
        contacts.enableBounceMarks(returns.service());
        // A report read in the background marks a contact: the list shows it without waiting for a click.
        returns.watcher().addListener(scans -> SwingUtilities.invokeLater(contacts::reload));
        contacts.enableSendEmail(selected -> new SendEmailDialog(context, contactUseCases, accountUseCases,
                composeUseCases, frame, selected).warningBounced(returns.service()).open());
        contacts.enableLetterMailing(selected -> new LetterMailingDialog(context, contactUseCases, accountUseCases,
                letterUseCases, composeUseCases, frame, selected, null).warningBounced(returns.service()).open());
        contacts.enableSendDocument(selected -> new SendDocumentDialog(context, contactUseCases, accountUseCases,
                composeUseCases, frame, selected).warningBounced(returns.service()).open());
        context.setStatusLine(status::showTask);
        StartupProbe probe = StartupProbe.fromEnvironment();
        JPanel content = new JPanel(new BorderLayout()) {
            @Override
            public void paint(Graphics g) {
                super.paint(g);
                probe.painted();
            }
        };
        // The bands above the contacts: the sandbox's, always there, then "disk nearly full" and
        // "sign in again" when needed.
        JPanel bands = new JPanel(new BorderLayout());
        if (demoMailbox.active()) {
            bands.add(new SandboxBanner(context, this::demoMailbox), BorderLayout.NORTH);
        }
        bands.add(lowDiskSpaceBanner, BorderLayout.CENTER);
        JPanel lowerBands = new JPanel(new BorderLayout());
        lowerBands.add(signInBanner, BorderLayout.NORTH);
        lowerBands.add(serverGoneBanner, BorderLayout.SOUTH);
        bands.add(lowerBands, BorderLayout.SOUTH);
        content.add(bands, BorderLayout.NORTH);
        content.add(contacts.panel(), BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        frame.setContentPane(content);
        Icons.decorate(content);
    }

    public void open(Optional<Bounds> saved) {
        WindowPlacement.place(frame, saved, DEFAULT_SIZE);
        frame.setVisible(true);
        contacts.reload();
        contacts.focusSearch();
        showInstitutionInTitle();
        startDelivery();
        purgeOldSentMail();
        lowDiskSpaceBanner.start();
    }

    /** Messages older than the retention period leave the sent log, in the background, once per opening. */
    private void purgeOldSentMail() {
        context.background().submit(() -> sentLog.purgeExpired(),
                purged -> LOG.log(Level.INFO, "Sent log: {0} message(s) past the retention period purged", purged),
                failure -> LOG.log(Level.WARNING, "Could not purge the sent log", failure));
    }

    /** The outbox is delivered in the background while the window is open; the status bar counts what waits. */
    private void startDelivery() {
        DeliveryWorker worker = outboxUseCases.outbox().worker();
        worker.addListener(() -> SwingUtilities.invokeLater(() -> {
            if (!countWaitingSoon.isRunning()) {
                countWaitingSoon.start();
            }
        }));
        countWaiting();
        outboxUseCases.outbox().startDelivery();
        offerInterruptedMailings();
        returns.watcher().start();
    }

    /** A mailing cut short while it was queued (closed, switched off): its letters not queued, one mailing at a time. */
    private void offerInterruptedMailings() {
        offerInterruptedMailings(new java.util.HashSet<>());
    }

    /** @param seen the mailings already offered in this session: Later leaves them for the next start */
    private void offerInterruptedMailings(java.util.Set<String> seen) {
        User user = context.user();
        context.background().submit(() -> letterUseCases.interrupted().list(user).stream()
                .filter(m -> !seen.contains(m.mailing())).toList(), found -> {
                    if (!found.isEmpty() && frame.isDisplayable()) {
                        seen.add(found.get(0).mailing());
                        new InterruptedMailingDialog(context, letterUseCases.interrupted(), found.get(0), frame, () -> {
                            countWaiting();
                            if (found.size() > 1) {
                                offerInterruptedMailings(seen);
                            }
                        }).open();
                    }
                }, failure -> LOG.log(Level.WARNING, "Could not look for interrupted mailings", failure));
    }

    /** Counts what waits, and which of the user's accounts wait for them to sign in again. */
    private void countWaiting() {
        User user = context.user();
        context.background().submit(() -> waitingAndFinish(user), w -> status.showWaiting(w.count(), w.finish()),
                failure -> LOG.log(Level.WARNING, "Could not count the messages waiting", failure));
        context.background().submit(() -> outboxUseCases.signInAgain().waiting(user), signInBanner::show,
                failure -> LOG.log(Level.WARNING, "Could not look for accounts to sign in again", failure));
    }

    /** What the status bar says of the outbox: how many wait, and when the slowest account should be done. */
    private record Waiting(int count, String finish) {
    }

    private Waiting waitingAndFinish(User user) {
        OutboxService outbox = outboxUseCases.outbox();
        int count = outbox.waiting();
        OutboxPace.Summary pace = OutboxPace.summary(outbox.pace().waiting(user));
        Clock clock = outbox.pace().clock();
        String finish = count == 0 ? "" : pace.finishesAt()
                .map(at -> context.messages().get(PaceText.finish(at, clock.instant(), clock.getZone()))).orElse("");
        return new Waiting(count, finish);
    }

    private void showInstitutionInTitle() {
        context.inBackground(frame, () -> setupUseCases.institution().find(), institution ->
                frame.setTitle(title(institution.map(i -> i.name()).orElse(null))));
    }

    /** "Collège … – Missive", marked "Démonstration" in a sandbox. */
    private String title(String institution) {
        String title = institution == null ? context.text("ui.app.name") : context.text("ui.main.title", institution);
        return demoMailbox.active() ? context.text("ui.sandbox.title", title) : title;
    }

    private void close() {
        // The letters window asks about its unsaved letter first; Cancel there keeps the session open.
        if (letters != null && letters.isOpen()) {
            letters.closeThen(this::endSession);
        } else {
            endSession();
        }
    }

    /**
     * While a mailing is still being prepared, offers to stop it first; then, with messages still
     * waiting, says how many and offers to wait for them or to send them at next start.
     */
    private void endSession() {
        if (context.background().longWorkRunning()) {
            if (!Alerts.confirm(frame, context.messages(), context.text("ui.main.quit.mailingRunning"),
                    context.text("ui.main.quit.stopMailing"))) {
                return;
            }
            // The session's end waits for the mailing to reach its next step and stop.
            context.background().cancelLongWork();
        }
        context.inBackground(frame, () -> outboxUseCases.outbox().waiting(), waiting -> {
            if (waiting == 0) {
                quit();
            } else {
                new QuitWhileSending(context, outboxUseCases, frame, waiting, this::quit).open();
            }
        });
    }

    /** Remembers where the window is, then ends the session (the folder is closed after the save). */
    private void quit() {
        Bounds bounds = WindowPlacement.boundsOf(frame);
        Long userId = context.user().id();
        lowDiskSpaceBanner.stop();
        serverGoneBanner.stop();
        frame.dispose();
        context.background().submit(() -> {
            setupUseCases.preferences().setWindowBounds(userId, BOUNDS_KEY, bounds);
            return null;
        }, done -> { }, failure -> LOG.log(Level.WARNING, "Could not remember the window's place", failure));
        context.quit(ExitCodes.OK);
    }

    @Override
    public void showContacts() {
        contacts.focusSearch();
    }

    @Override
    public void importContacts() {
        new ImportWizard(context, contactUseCases, frame, contacts::reload).open();
    }

    @Override
    public void preferences() {
        new PreferencesDialog(context, setupUseCases, frame).open();
    }

    @Override
    public void institution() {
        new InstitutionDialog(context, setupUseCases, frame, this::showInstitutionInTitle).open();
    }

    @Override
    public void users() {
        new UsersDialog(context, setupUseCases, frame, this::refreshUser).open();
    }

    @Override
    public void accounts() {
        new AccountsDialog(context, setupUseCases, accountUseCases, sentLog, frame).followingChanges(changes).open();
    }

    @Override
    public void workstationMail() {
        new WorkstationSettingsDialog(context, accountUseCases, frame).open();
    }

    @Override
    public void oauthClients() {
        new fr.missive.ui.accounts.OAuthClientsDialog(context, accountUseCases, frame).open();
    }

    @Override
    public boolean canMoveToSharedDatabase(User user) {
        return setupUseCases.sharedDatabase().canMoveUp(user);
    }

    @Override
    public void moveToSharedDatabase() {
        new fr.missive.ui.setup.MoveToSharedDatabaseDialog(context, setupUseCases.sharedDatabase(),
                outboxUseCases.outbox(), frame, this::restartOnSharedDatabase).open();
    }

    /**
     * After a move: this session's database is no longer the folder's, so nothing more may be done
     * on it. The windows close and the folder opens again, on the shared database.
     */
    private void restartOnSharedDatabase() {
        lowDiskSpaceBanner.stop();
        for (java.awt.Window window : java.awt.Window.getWindows()) {
            if (window.isDisplayable() && window != frame) {
                window.dispose();
            }
        }
        frame.dispose();
        context.restart();
    }

    @Override
    public void dispatchingProfiles() {
        new ProfilesDialog(context, accountUseCases, frame).open();
    }

    @Override
    public void letterTemplates() {
        // One letters window: a second one could edit the same letter twice.
        if (letters != null && letters.isOpen()) {
            letters.toFront();
            return;
        }
        letters = new LettersWindow(context, contactUseCases, accountUseCases, letterUseCases, composeUseCases, frame);
        letters.warnBounced(returns.service());
        letters.followChanges(changes);
        letters.open();
    }

    @Override
    public void letterMailing() {
        new LetterMailingDialog(context, contactUseCases, accountUseCases, letterUseCases, composeUseCases, frame,
                contacts.selection(), null).warningBounced(returns.service()).open();
    }

    @Override
    public void sendEmail() {
        new SendEmailDialog(context, contactUseCases, accountUseCases, composeUseCases, frame,
                contacts.selection()).warningBounced(returns.service()).open();
    }

    @Override
    public void sendDocument() {
        new SendDocumentDialog(context, contactUseCases, accountUseCases, composeUseCases, frame,
                contacts.selection()).warningBounced(returns.service()).open();
    }

    @Override
    public void signatures() {
        new SignaturesDialog(context, composeUseCases, frame).open();
    }

    @Override
    public void outbox() {
        new OutboxDialog(context, outboxUseCases, frame).followingChanges(changes).open();
    }

    @Override
    public void sentMail() {
        new SentMailDialog(context, sentLog, returns, frame).followingChanges(changes).open();
    }

    @Override
    public void demoMailbox() {
        new DemoMailboxWindow(context, demoMailbox, frame).open();
    }

    /** The signed-in user may have been renamed or have lost the administrator role. */
    private void refreshUser() {
        Long id = context.user().id();
        context.inBackground(frame, () -> setupUseCases.users().list().stream()
                .filter(u -> u.id().equals(id)).findFirst(), found -> found.ifPresent(this::signedInAs));
    }

    private void signedInAs(User user) {
        context.setUser(user);
        status.showUser(user);
        frame.setJMenuBar(menu.build(user));
        frame.revalidate();
    }

    @Override
    public void journal() {
        Journal journal = context.journal() != null ? context.journal() : new Journal(dataFolder);
        new JournalDialog(context, journal, frame).open();
    }

    @Override
    public void about() {
        String version = AppVersion.current();
        Alerts.info(frame, context.messages(),
                context.text("ui.about.text", version, dataFolder.toAbsolutePath().toString()));
    }
}
