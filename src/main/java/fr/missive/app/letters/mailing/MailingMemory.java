package fr.missive.app.letters.mailing;

import fr.missive.store.settings.SettingsStore;
import java.util.Optional;

/**
 * Keeps each user's last {@link MailingChoices} in the database settings, so that they follow the
 * user on this PC (and in the data folder they belong to) and another user starts from the defaults.
 */
public final class MailingMemory {

    private static final String OUTPUT = "output";
    private static final String FOLDER = "folder";
    private static final String ATTACH = "attachPdf";
    private static final String INLINE = "inline";
    private static final String PRINT_COPY = "printCopy";
    private static final String PRINT_COPY_TO = "printCopyTo";
    private static final String ACCOUNT = "account";
    private static final String SIGNATURE = "signature";

    private final SettingsStore settings;

    public MailingMemory(SettingsStore settings) {
        this.settings = settings;
    }

    private static String key(Long userId, String name) {
        return "user." + (userId == null ? "none" : userId) + ".mailing." + name;
    }

    /** The user's last choices; empty before their first use of the dialog. */
    public Optional<MailingChoices> recall(Long userId) {
        Optional<String> output = settings.get(key(userId, OUTPUT));
        if (output.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MailingChoices(output.get(), text(userId, FOLDER), flag(userId, ATTACH, true),
                flag(userId, INLINE, false), flag(userId, PRINT_COPY, false), text(userId, PRINT_COPY_TO),
                id(userId, ACCOUNT), id(userId, SIGNATURE)));
    }

    public void remember(Long userId, MailingChoices choices) {
        settings.put(key(userId, FOLDER), choices.folder());
        settings.put(key(userId, ATTACH), String.valueOf(choices.attachPdf()));
        settings.put(key(userId, INLINE), String.valueOf(choices.inline()));
        settings.put(key(userId, PRINT_COPY), String.valueOf(choices.printCopy()));
        settings.put(key(userId, PRINT_COPY_TO), choices.printCopyTo());
        settings.put(key(userId, ACCOUNT), choices.accountId().map(String::valueOf).orElse(""));
        settings.put(key(userId, SIGNATURE), choices.signatureId().map(String::valueOf).orElse(""));
        // Last: recall() takes the output's presence to mean that the others are there too.
        settings.put(key(userId, OUTPUT), choices.output());
    }

    private String text(Long userId, String name) {
        return settings.get(key(userId, name)).orElse("");
    }

    private boolean flag(Long userId, String name, boolean otherwise) {
        return settings.get(key(userId, name)).map(Boolean::parseBoolean).orElse(otherwise);
    }

    private Optional<Long> id(Long userId, String name) {
        try {
            return settings.get(key(userId, name)).filter(s -> !s.isBlank()).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
