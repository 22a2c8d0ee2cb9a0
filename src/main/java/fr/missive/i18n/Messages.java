package fr.missive.i18n;

import fr.missive.model.UserMessage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of Missive in one language. Every text goes through
 * {@link MessageFormat}, so apostrophes in the bundles are written twice ({@code l''élève}).
 */
public final class Messages {

    public static final String BUNDLE = "fr.missive.i18n.messages";
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** French when the language asked for is French, English otherwise. */
    public static Messages forLocale(Locale locale) {
        return new Messages(supported(locale));
    }

    public static Locale supported(Locale locale) {
        return locale != null && FRENCH.getLanguage().equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public String get(UserMessage message) {
        return get(message.key(), message.args().toArray());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
