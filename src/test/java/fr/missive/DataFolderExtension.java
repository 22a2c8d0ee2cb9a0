package fr.missive;

import fr.missive.app.OpenDataFolder;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.store.db.ServerConnection;
import fr.missive.store.db.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test data folders opened through {@link Wiring#open}, exactly as the application opens
 * them, and closes every one it opened when the test ends (or the class, for a {@code @BeforeAll}),
 * whether the test passed, failed or threw. Closing twice is harmless, so a test may still close a
 * folder itself to reopen it.
 *
 * <p>With {@code @ExtendWith(DataFolderExtension.class)}, a test, {@code @BeforeEach} or
 * {@code @BeforeAll} method may declare:
 * <ul>
 *   <li>a {@link OpenDataFolder} parameter (what {@code Wiring.open} returns): a new, empty data folder in a temporary directory, which is
 *       deleted after closing ({@code services.dataFolder()} says where it is);</li>
 *   <li>a {@link DataFolders} parameter: opens a folder the test has prepared itself (initialised
 *       by the command line, a sandbox, a restored backup …).</li>
 * </ul>
 */
public final class DataFolderExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DataFolderExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == OpenDataFolder.class || type == DataFolders.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DataFolders folders = new DataFolders(context.getStore(NAMESPACE));
        if (parameter.getParameter().getType() == DataFolders.class) {
            return folders;
        }
        Path temporary = temporaryDirectory();
        OpenDataFolder services;
        try {
            services = openWiring(temporary, () -> { });
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
        context.getStore(NAMESPACE).put(new Object(), (AutoCloseable) () -> {
            try {
                services.close();
            } finally {
                deleteTree(temporary);
            }
        });
        return services;
    }

    /**
     * As the application opens the folder; when the tests run on PostgreSQL, with the folder's
     * database there instead (a sandbox keeps its own: it is the sample school of one PC; a folder
     * set up on a server through the command line opens that server, as the application does).
     */
    private static OpenDataFolder openWiring(Path folder, Runnable onRecovering) {
        if (TestDatabases.onPostgresql() && !SandboxFolder.isSandbox(folder)
                && !ServerConnection.existsIn(folder)) {
            return Wiring.open(folder, TestDatabases.targetFor(folder), onRecovering);
        }
        return Wiring.open(folder, onRecovering);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("missive-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException ignored) {
            // the opening failure is what the test must report
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Opens data folders for one test (or one class) and has each closed when it ends. */
    public static final class DataFolders {

        private final ExtensionContext.Store store;

        private DataFolders(ExtensionContext.Store store) {
            this.store = store;
        }

        /** Opens {@code dataFolder} as the application does; closed when the test ends. */
        public OpenDataFolder open(Path dataFolder) {
            return open(dataFolder, () -> { });
        }

        /** The same, with the callback the application uses to say the database is recovering. */
        public OpenDataFolder open(Path dataFolder, Runnable onRecovering) {
            OpenDataFolder services = openWiring(dataFolder, onRecovering);
            // JUnit closes the AutoCloseable values of a store when its test (or class) ends.
            store.put(new Object(), services);
            return services;
        }
    }
}
