package fr.missive.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the OS is set to dark mode. Java has no API for it and FlatLaf does not read it,
 * so we ask each OS's own tool: the Windows registry, macOS's defaults, GNOME's gsettings.
 * Any doubt means light. Runs a process: never call it on the EDT.
 */
public final class OsDarkMode {

    private static final Logger LOG = Logger.getLogger(OsDarkMode.class.getName());
    private static final long TIMEOUT_SECONDS = 2;

    private OsDarkMode() {
    }

    public static boolean isDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // AppsUseLightTheme is 0x0 when apps are to be dark.
            return output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).matches("(?s).*REG_DWORD\\s+0x0+\\b.*");
        }
        if (os.contains("mac")) {
            return output(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT).contains("dark");
        }
        String scheme = output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.contains("prefer-dark")) {
            return true;
        }
        return output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .toLowerCase(Locale.ROOT).contains("dark");
    }

    private static String output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            try (InputStream in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "No dark-mode answer from " + command.get(0), e);
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
