package fr.missive.ui;

import fr.missive.app.Services;
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
    private final Runnable trySandbox;

    /** @param trySandbox offered by the first-run wizard: leaves this folder for the demonstration sandbox */
    StartupFlow(UiContext context, Runnable trySandbox) {
        this.context = context;
        this.trySandbox = trySandbox;
    }

    void begin() {
        context.background().submit(() -> context.services().firstRun().isInitialised(),
                initialised -> {
                    if (initialised) {
                        chooseUser();
                    } else {
                        new FirstRunWizard(context, this::openMainWindow, () -> context.quit(ExitCodes.OK),
                                context.services().demoMailbox().active() ? null : trySandbox).open();
                    }
                },
                this::failed);
    }

    private void chooseUser() {
        Services services = context.services();
        context.background().submit(() -> new Staff(services.users().signInRequired(), services.users().soleUser(),
                        services.users().list(), services.preferences().lastUserName()),
                staff -> {
                    if (!staff.signInRequired() && staff.soleUser().isPresent()) {
                        openMainWindow(staff.soleUser().get());
                    } else {
                        new SignInDialog(context, staff.users(), staff.lastUser(), this::openMainWindow,
                                () -> context.quit(ExitCodes.OK)).open();
                    }
                },
                this::failed);
    }

    private void openMainWindow(User user) {
        Preferences preferences = context.services().preferences();
        context.background().submit(() -> {
            preferences.setLastUserName(user.name());
            return new Look(Themes.isDark(preferences.theme(user.id())), preferences.language(user.id()),
                    preferences.windowBounds(user.id(), MainWindow.BOUNDS_KEY));
        }, look -> {
            Themes.apply(look.dark(), false);
            context.setMessages(Messages.forLocale(look.language().orElse(Locale.getDefault())));
            context.setUser(user);
            new MainWindow(context).open(look.bounds());
        }, this::failed);
    }

    private void failed(Throwable failure) {
        context.errors().report(null, failure);
        context.quit(ExitCodes.FAILED);
    }
}
