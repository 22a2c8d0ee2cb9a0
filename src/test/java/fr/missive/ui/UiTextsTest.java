package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.settings.Preferences.Theme;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.users.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the windows ask for exists in both languages: no "!ui.key!" on screen. */
class UiTextsTest {

    private static final Pattern KEY = Pattern.compile("\"(ui\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    private static Set<String> keysInUiSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/missive/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (String page : List.of("FILE", "PREVIEW", "MAPPING", "RUNNING", "REPORT")) {
            keys.add("ui.import.page." + page);
        }
        return keys;
    }

    /** Keys the code builds from an enum's name. */
    private static List<String> keysBuiltFromEnums() {
        List<String> keys = new ArrayList<>();
        for (ContactKind kind : ContactKind.values()) {
            keys.add("ui.kind." + kind.name());
        }
        for (Role role : Role.values()) {
            keys.add("ui.role." + role.name());
        }
        for (Theme theme : Theme.values()) {
            keys.add("ui.prefs.theme." + theme.name());
        }
        for (String page : List.of("FILE", "PREVIEW", "MAPPING", "RUNNING", "REPORT")) {
            keys.add("ui.import.page." + page);
        }
        return keys;
    }

    @Test
    void everyKeyTheWindowsUseExistsInFrenchAndEnglish() throws IOException {
        Set<String> used = keysInUiSources();
        used.addAll(keysBuiltFromEnums());
        assertThat(used).hasSizeGreaterThan(100);
        for (Locale language : List.of(Messages.FRENCH, Messages.ENGLISH)) {
            Messages messages = Messages.forLocale(language);
            assertThat(used.stream().filter(key -> !messages.has(key))).as("missing in " + language).isEmpty();
        }
    }
}
