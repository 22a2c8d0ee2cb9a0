package fr.missive.store.db;

import fr.missive.model.UserMessage;
import java.sql.SQLException;

/**
 * What went wrong reaching a PostgreSQL server, in words a secretary can pass on: the server not
 * answering, the user or password refused (or this PC's role dropped), the database missing.
 * Told by SQLSTATE, which the driver sets for each of them; anything else stays a plain failure.
 */
public final class ServerFailures {

    private ServerFailures() {
    }

    public static StorageException describe(SQLException e, DatabaseTarget.Server server) {
        String state = String.valueOf(e.getSQLState());
        String address = serverAddress(server.url());
        if (state.startsWith("08")) {
            return new StorageException(UserMessage.of("storage.serverUnreachable", address), e);
        }
        if (state.startsWith("28")) {
            return new StorageException(UserMessage.of("storage.serverLoginRefused", server.user(), address), e);
        }
        if ("3D000".equals(state)) {
            return new StorageException(UserMessage.of("storage.serverNoDatabase", databaseName(server.url()),
                    address), e);
        }
        if ("42501".equals(state)) {
            return new StorageException(UserMessage.of("storage.serverNotAllowed", server.user()), e);
        }
        return StorageException.of(e);
    }

    /** {@code host:port} of a {@code jdbc:postgresql://host:port/db?…} URL. */
    static String serverAddress(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        if (!rest.startsWith("//")) {
            return "localhost";
        }
        rest = rest.substring(2);
        int end = rest.indexOf('/');
        return end < 0 ? rest : rest.substring(0, end);
    }

    static String databaseName(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        int question = rest.indexOf('?');
        if (question >= 0) {
            rest = rest.substring(0, question);
        }
        return rest.substring(rest.lastIndexOf('/') + 1);
    }
}
