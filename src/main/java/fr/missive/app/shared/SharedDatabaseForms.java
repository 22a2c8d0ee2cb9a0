package fr.missive.app.shared;

import fr.missive.app.FieldError;
import fr.missive.app.ValidationException;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of the window's forms a failure of the shared database's set-up belongs to, so the
 * form can say it beside that field: a wrong passphrase beside the passphrase, a server that does
 * not answer beside the server's address, and so on. A failure no field is about stays as it was.
 */
final class SharedDatabaseForms {

    /** The join form's fields. */
    static final String JOIN_FILE = "joinFile";
    static final String PASSPHRASE = "passphrase";
    static final String DATABASE_USER = "databaseUser";
    static final String DATABASE_PASSWORD = "databasePassword";

    /** The move form's fields. */
    static final String HOST = "host";
    static final String PORT = "port";
    static final String DATABASE = "database";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String PC_NAME = "pcName";

    /** The join file carries the server's address: whatever is wrong with it is said beside the file. */
    private static final Map<String, String> JOIN_FIELDS = Map.ofEntries(
            Map.entry("seal.wrongPassphrase", PASSPHRASE),
            Map.entry("seal.notSealed", JOIN_FILE),
            Map.entry("shared.notAJoinFile", JOIN_FILE),
            Map.entry("shared.joinFileOutdated", JOIN_FILE),
            Map.entry("shared.joinFileUsed", JOIN_FILE),
            Map.entry("shared.pcRevoked", JOIN_FILE),
            Map.entry("shared.notMissive", JOIN_FILE),
            Map.entry("storage.serverUnreachable", JOIN_FILE),
            Map.entry("storage.serverNoDatabase", JOIN_FILE));

    private static final Map<String, String> MOVE_FIELDS = Map.ofEntries(
            Map.entry("storage.serverUnreachable", HOST),
            Map.entry("storage.serverNoDatabase", DATABASE),
            Map.entry("shared.notEmpty", DATABASE),
            Map.entry("move.notEmpty", DATABASE),
            Map.entry("move.schemaDiffers", DATABASE),
            Map.entry("storage.serverLoginRefused", PASSWORD),
            Map.entry("storage.serverNotAllowed", USER),
            Map.entry("shared.badPcName", PC_NAME),
            Map.entry("shared.pcRoleExists", PC_NAME));

    private SharedDatabaseForms() {
    }

    /** The join form's field for a failure; a refused login is about the typed user when one was typed. */
    static RuntimeException forJoin(MissiveException failure, boolean userTyped) {
        String key = failure.userMessage().key();
        if (key.equals("storage.serverLoginRefused") || key.equals("storage.serverNotAllowed")) {
            return placed(failure, userTyped ? DATABASE_PASSWORD : JOIN_FILE);
        }
        return Optional.ofNullable(JOIN_FIELDS.get(key)).<RuntimeException>map(field -> placed(failure, field))
                .orElse(failure);
    }

    static RuntimeException forMove(MissiveException failure) {
        return Optional.ofNullable(MOVE_FIELDS.get(failure.userMessage().key()))
                .<RuntimeException>map(field -> placed(failure, field)).orElse(failure);
    }

    /** The same sentence, on a field; the failure's own cause is a detail the form never shows. */
    private static ValidationException placed(MissiveException failure, String field) {
        return new ValidationException(List.of(new FieldError(field, failure.userMessage())));
    }

    static UserMessage required() {
        return UserMessage.of("validation.required");
    }
}
