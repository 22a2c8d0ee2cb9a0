package fr.missive.ui.common;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;
import fr.missive.app.settings.Preferences.Theme;
import javax.swing.UIManager;

/** Switches the look of every window between FlatLaf's light and dark themes. */
public final class Themes {

    private Themes() {
    }

    private static boolean installed;

    /** The light theme, before the first window and before any user is known. EDT. */
    public static void installDefault() {
        // Asking UIManager for the current look first would make it set up Swing's default
        // (Metal) for nothing: about a tenth of a second of the start.
        if (!installed) {
            installed = true;
            FlatLightLaf.setup();
        }
    }

    /** Whether a theme choice means dark; asks the OS for SYSTEM, so call it off the EDT. */
    public static boolean isDark(Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> OsDarkMode.isDark();
        };
    }

    /** Repaints every open window in the chosen look; a short fade when {@code animate}. EDT. */
    public static void apply(boolean dark, boolean animate) {
        if (UIManager.getLookAndFeel() instanceof FlatLaf && FlatLaf.isLafDark() == dark) {
            return;
        }
        if (animate) {
            FlatAnimatedLafChange.showSnapshot();
        }
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        FlatLaf.updateUI();
        if (animate) {
            FlatAnimatedLafChange.hideSnapshotWithAnimation();
        }
    }

    public static boolean isDarkNow() {
        return UIManager.getLookAndFeel() instanceof FlatLaf && FlatLaf.isLafDark();
    }
}
