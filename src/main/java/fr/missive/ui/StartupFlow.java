package fr.missive.ui;

import fr.missive.app.OpenDataFolder;
import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.settings.Preferences.Bounds;
import fr.missive.app.settings.Preferences;
import fr.missive.i18n.Messages;
import fr.missive.model.users.User;
import fr.missive.app.ExitCodes;
import fr.missive.ui.common.Themes;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.main.MainWindow;
import fr.missive.ui.setup.FirstRunWizard;
import fr.missive.ui.signin.SignInDialog;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** From an open data folder to the main window: set-up, then who is working, then their look. */
final class StartupFlow {

    /** Who may sign in, read in one go off the EDT. */
    private record Staff(boolean signInRequired, Optional<User> soleUser, List<User> users, Optional<String> lastUser) {
    }

    /** The signed-in user's preferences, resolved off the EDT (SYSTEM asks the OS). */
    private record Look(boolean dark, Optional<Locale> language, Optional<Bounds> bounds) {
    }

    private final UiContext context;
    private final OpenDataFolder folder;
    private final Runnable trySandbox;

    /**
     * @param folder     the open data folder, whose feature groups go to the windows that use them
     * @param trySandbox offered by the first-run wizard: leaves this folder for the demonstration sandbox
     */
    StartupFlow(UiContext context, OpenDataFolder folder, Runnable trySandbox) {
        this.context = context;
        this.folder = folder;
        this.trySandbox = trySandbox;
    }

    void begin() {
        context.background().submit(() -> folder.setup().firstRun().isInitialised(),
                initialised -> {
                    if (initialised) {
                        chooseUser();
                    } else {
                        boolean sandbox = folder.demoMailbox().active();
                        // Joined from the wizard: opened again, the folder is on the school's database
                        // and goes on to the sign-in, as for a PC that joined with "missive join".
                        new FirstRunWizard(context, folder.setup(), this::openMainWindow,
                                () -> context.quit(ExitCodes.OK), sandbox ? null : trySandbox,
                                sandbox ? null : context::restart).open();
                    }
                },
                this::failed);
    }

    private void chooseUser() {
        SetupUseCases setup = folder.setup();
        context.background().submit(() -> new Staff(setup.users().signInRequired(), setup.users().soleUser(),
                        setup.users().list(), setup.preferences().lastUserName()),
                staff -> {
                    if (!staff.signInRequired() && staff.soleUser().isPresent()) {
                        openMainWindow(staff.soleUser().get());
                    } else {
                        new SignInDialog(context, folder.setup(), staff.users(), staff.lastUser(), this::openMainWindow,
                                () -> context.quit(ExitCodes.OK)).open();
                    }
                },
                this::failed);
    }

    private void openMainWindow(User user) {
        Preferences preferences = folder.setup().preferences();
        context.background().submit(() -> {
            preferences.setLastUserName(user.name());
            return new Look(Themes.isDark(preferences.theme(user.id())), preferences.language(user.id()),
                    preferences.windowBounds(user.id(), MainWindow.BOUNDS_KEY));
        }, look -> {
            Themes.apply(look.dark(), false);
            context.setMessages(Messages.forLocale(look.language().orElse(Locale.getDefault())));
            context.setUser(user);
            new MainWindow(context, folder.setup(), folder.contacts(), folder.accounts(), folder.letters(),
                    folder.compose(), folder.outbox(), folder.sentLog(), folder.demoMailbox(),
                            folder.dataFolder(), folder.returns()).followingChanges(folder.changes())
                    .open(look.bounds());
        }, this::failed);
    }

    private void failed(Throwable failure) {
        context.errors().report(null, failure);
        context.quit(ExitCodes.FAILED);
    }
}
