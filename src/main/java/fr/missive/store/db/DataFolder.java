package fr.missive.store.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Missive keeps its database and files. In order: the {@code --data-dir} option, the
 * {@code MISSIVE_HOME} environment variable, then the usual per-user data folder of the OS.
 */
public final class DataFolder {

    public static final String ENV_VARIABLE = "MISSIVE_HOME";
    /**
     * The demonstration sandbox: a data folder of its own inside this one, not part of this
     * folder's data (a backup leaves it out, a restore leaves it in place).
     */
    public static final String SANDBOX = "sandbox";

    private DataFolder() {
    }

    public static Path resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Missive");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Missive");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("missive");
    }

    /** The folder for this process: the option if given, else the environment and the OS. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }
}
