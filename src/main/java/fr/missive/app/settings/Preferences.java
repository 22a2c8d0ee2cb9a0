package fr.missive.app.settings;

import fr.missive.store.settings.SettingsStore;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user chose for the look of Missive on this PC: theme, language, window bounds.
 * Kept per user in the database, so a sandbox or another data folder keeps its own.
 */
public final class Preferences {

    /** The look and feel; SYSTEM follows the OS's dark mode where FlatLaf can read it. */
    public enum Theme { LIGHT, DARK, SYSTEM }

    /**
     * A window's position and size, in screen pixels, and whether it was maximised. For a
     * maximised window the rectangle is where it returns when un-maximised, so that the
     * "restore" button still gives the size the user chose.
     */
    public record Bounds(int x, int y, int width, int height, boolean maximized) {

        private static final String MAXIMIZED = "max";

        public Bounds(int x, int y, int width, int height) {
            this(x, y, width, height, false);
        }

        static Optional<Bounds> parse(String text) {
            String[] parts = text.split(",");
            boolean maximized = parts.length == 5 && MAXIMIZED.equals(parts[4]);
            if (parts.length != 4 && !maximized) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Bounds(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), maximized));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        String format() {
            return x + "," + y + "," + width + "," + height + (maximized ? "," + MAXIMIZED : "");
        }
    }

    private final SettingsStore settings;

    public Preferences(SettingsStore settings) {
        this.settings = settings;
    }

    private static String key(Long userId, String name) {
        return "user." + (userId == null ? "none" : userId) + "." + name;
    }

    public Theme theme(Long userId) {
        return settings.get(key(userId, "theme")).flatMap(Preferences::theme).orElse(Theme.LIGHT);
    }

    private static Optional<Theme> theme(String name) {
        try {
            return Optional.of(Theme.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setTheme(Long userId, Theme theme) {
        settings.put(key(userId, "theme"), theme.name());
    }

    /** The language chosen, or empty to follow the OS. */
    public Optional<Locale> language(Long userId) {
        return settings.get(key(userId, "language")).filter(s -> !s.isBlank()).map(Locale::forLanguageTag);
    }

    public void setLanguage(Long userId, Optional<Locale> language) {
        settings.put(key(userId, "language"), language.map(Locale::toLanguageTag).orElse(""));
    }

    public Optional<Bounds> windowBounds(Long userId, String window) {
        return settings.get(key(userId, "window." + window)).flatMap(Bounds::parse);
    }

    public void setWindowBounds(Long userId, String window, Bounds bounds) {
        settings.put(key(userId, "window." + window), bounds.format());
    }

    /** The last user who signed in, offered first at the next start. */
    public Optional<String> lastUserName() {
        return settings.get("session.lastUser");
    }

    public void setLastUserName(String name) {
        settings.put("session.lastUser", name);
    }
}
