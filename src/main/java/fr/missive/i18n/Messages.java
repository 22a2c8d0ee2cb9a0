package fr.missive.i18n;

import fr.missive.model.LocalizedArgument;
import fr.missive.model.UserMessage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
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
    private final boolean fieldCodes;

    private Messages(Locale locale) {
        this(locale, false);
    }

    private Messages(Locale locale, boolean fieldCodes) {
        this.locale = locale;
        this.fieldCodes = fieldCodes;
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

    /**
     * The same texts for the command line, whose users write letter files: merge fields named in
     * messages by their label and their code (see {@link LocalizedArgument.Wording#showsFieldCodes}).
     */
    public Messages withFieldCodes() {
        return fieldCodes ? this : new Messages(locale, true);
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
        return new MessageFormat(pattern, locale).format(localized(args));
    }

    /** Arguments said in this language themselves (field names) as their text here. */
    private Object[] localized(Object[] args) {
        Object[] said = args.clone();
        LocalizedArgument.Wording wording = new LocalizedArgument.Wording() {
            @Override
            public Optional<String> text(String key) {
                return Messages.this.text(key);
            }

            @Override
            public boolean showsFieldCodes() {
                return fieldCodes;
            }
        };
        for (int i = 0; i < said.length; i++) {
            if (said[i] instanceof LocalizedArgument argument) {
                said[i] = argument.in(wording);
            }
        }
        return said;
    }

    /** The text of a key without arguments, if this language has it. */
    public Optional<String> text(String key) {
        return has(key) ? Optional.of(get(key)) : Optional.empty();
    }

    public String get(UserMessage message) {
        return get(message.key(), message.args().toArray());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
