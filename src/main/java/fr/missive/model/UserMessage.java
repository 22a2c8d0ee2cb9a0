package fr.missive.model;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence for the user, not yet translated: a key of the {@code messages} bundle and its
 * arguments. Layers below the UI speak in these so the UI and the command line can say the
 * same thing in the user's language.
 */
public record UserMessage(String key, List<Object> args) {

    public UserMessage {
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, Arrays.asList(args));
    }
}
