package fr.missive.store.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link Database} lives: the embedded HSQLDB files of a data folder (one PC, the
 * default), or a PostgreSQL server several PCs share.
 */
public sealed interface DatabaseTarget {

    /** The embedded HSQLDB database under {@code folder/db}, locked to one process. */
    record Embedded(Path folder) implements DatabaseTarget {
        public Embedded {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /**
     * A PostgreSQL server reached by a {@code jdbc:postgresql://} URL. The password never
     * appears in {@link #toString()}, so a log line or an exception naming the target leaks nothing.
     */
    record Server(String url, String user, String password) implements DatabaseTarget {
        public Server {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
            }
        }

        @Override
        public String toString() {
            return "Server[url=" + url + ", user=" + user + "]";
        }
    }
}
