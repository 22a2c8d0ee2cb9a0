package fr.missive.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, e.g. "0.1.0"; "dev" when run from an IDE without resources. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/fr/missive/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
