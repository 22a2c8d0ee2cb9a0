package fr.missive.ui.prefs;

import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.settings.Preferences.Theme;
import fr.missive.app.settings.Preferences;
import fr.missive.i18n.Messages;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.Themes;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Theme and language of the signed-in user. Each choice is stored as soon as it is made; the
 * theme repaints every window at once, the language applies to the windows opened afterwards
 * (and to all of them after a restart), which the window says.
 */
public final class PreferencesDialog {

    /** The current choices, read off the EDT. */
    private record Current(Theme theme, Optional<Locale> language) {
    }

    private final UiContext context;
    private final SetupUseCases setupUseCases;
    private final JDialog dialog;
    private final JComboBox<Choice<Theme>> theme = new JComboBox<>();
    private final JComboBox<Choice<Optional<Locale>>> language = new JComboBox<>();
    private final JLabel languageNote;
    private final JButton close;

    public PreferencesDialog(UiContext context, SetupUseCases setupUseCases, Window owner) {
        this.context = context;
        this.setupUseCases = setupUseCases;
        this.dialog = new JDialog(owner);
        theme.setName("prefsTheme");
        for (Theme t : Theme.values()) {
            theme.addItem(new Choice<>(t, context.text("ui.prefs.theme." + t.name())));
        }
        language.setName("prefsLanguage");
        language.addItem(new Choice<>(Optional.of(Messages.FRENCH), "Français"));
        language.addItem(new Choice<>(Optional.of(Messages.ENGLISH), "English"));
        language.addItem(new Choice<>(Optional.empty(), context.text("ui.prefs.language.system")));
        languageNote = Swing.wrappedHint(context.text("ui.prefs.languageNote"), 260);
        languageNote.setName("prefsLanguageNote");
        close = Swing.button("prefsClose", context.text("ui.button.close"), dialog::dispose);
        dialog.setName("preferencesDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.prefs.title"));
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        content.add(Swing.label(context.text("ui.prefs.theme"), theme));
        content.add(theme, "wmin 220");
        content.add(Swing.label(context.text("ui.prefs.language"), language), "gaptop 8");
        content.add(language, "gaptop 8");
        content.add(languageNote, "skip 1");
        content.add(Swing.buttonBar(null, close), "span 2, growx, gaptop 16");
        dialog.setContentPane(content);
        Swing.keys(dialog, close, dialog::dispose);
    }

    public void open() {
        Preferences preferences = setupUseCases.preferences();
        Long userId = context.user().id();
        theme.setEnabled(false);
        language.setEnabled(false);
        context.inBackground(dialog, () -> new Current(preferences.theme(userId), preferences.language(userId)),
                current -> {
                    Swing.select(theme, current.theme());
                    Swing.select(language, current.language().map(Messages::supported));
                    theme.setEnabled(true);
                    language.setEnabled(true);
                    // Listening only now: selecting the stored values above is not a change.
                    theme.addActionListener(e -> themeChosen(userId));
                    language.addActionListener(e -> languageChosen(userId));
                });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), theme);
    }

    private void themeChosen(Long userId) {
        Theme chosen = Swing.selected(theme);
        context.inBackground(dialog, () -> {
            setupUseCases.preferences().setTheme(userId, chosen);
            return Themes.isDark(chosen);
        }, dark -> Themes.apply(dark, true));
    }

    private void languageChosen(Long userId) {
        Optional<Locale> chosen = Swing.selected(language);
        context.inBackground(dialog, () -> {
            setupUseCases.preferences().setLanguage(userId, chosen);
            return null;
        }, done -> context.setMessages(Messages.forLocale(chosen.orElse(Locale.getDefault()))));
    }
}
