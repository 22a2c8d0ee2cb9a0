package fr.missive.app.sentlog;

import fr.missive.app.Validator;
import fr.missive.model.UserMessage;
import fr.missive.store.settings.SettingsStore;

/** How long the sent log keeps messages: an administrator's setting, one school year by default. */
public final class Retention {

    public static final int DEFAULT_DAYS = 365;
    static final String SETTING = "sentlog.retentionDays";
    private static final int MAX_DAYS = 3650;

    private final SettingsStore settings;

    public Retention(SettingsStore settings) {
        this.settings = settings;
    }

    public int days() {
        return settings.get(SETTING).map(Retention::parse).orElse(DEFAULT_DAYS);
    }

    void setDays(int days) {
        Validator v = new Validator();
        if (days < 1 || days > MAX_DAYS) {
            v.add("retentionDays", UserMessage.of("sentlog.retentionRange", 1, MAX_DAYS));
        }
        v.throwIfInvalid();
        settings.put(SETTING, String.valueOf(days));
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }
}
