package fr.missive.ui.common;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;
import fr.missive.app.settings.Preferences.Theme;
import java.util.Map;
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
            FlatLaf.setGlobalExtraDefaults(visibleFocus(false));
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
        FlatLaf.setGlobalExtraDefaults(visibleFocus(dark));
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

    /**
     * A focus that a secretary working with the keyboard sees at a glance. FlatLaf's default marks
     * the focused button with a 1-pixel border in a pale blue that is also its hover colour: here the
     * focused button, field or check box gets a 2-pixel ring in a saturated blue (a lighter one on
     * the dark theme), drawn inside the border so that no component grows, and the mouse's hover no
     * longer borrows the focus colour. Values are FlatLaf properties (see FlatLightLaf.properties).
     */
    static Map<String, String> visibleFocus(boolean dark) {
        String ring = dark ? "#5aa9ff" : "#0b5cc4";
        return Map.ofEntries(
                Map.entry("Component.focusColor", ring),
                Map.entry("Component.focusedBorderColor", ring),
                Map.entry("Component.innerFocusWidth", "1"),
                Map.entry("Button.innerFocusWidth", "1"),
                Map.entry("Button.focusedBorderColor", ring),
                Map.entry("Button.default.focusedBorderColor", ring),
                Map.entry("Button.default.focusColor", ring),
                Map.entry("Button.hoverBorderColor", dark ? "lighten($Button.borderColor,15%)" : "darken($Button.borderColor,20%)"),
                Map.entry("CheckBox.icon.focusWidth", "2"),
                Map.entry("CheckBox.icon.focusColor", ring),
                // FlatLaf leaves tool bar buttons out of the Tab order: the letter editor's would be unreachable.
                Map.entry("ToolBar.focusableButtons", "true"));
    }

    public static boolean isDarkNow() {
        return UIManager.getLookAndFeel() instanceof FlatLaf && FlatLaf.isLafDark();
    }
}
