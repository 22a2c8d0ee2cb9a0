package fr.missive.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages complete, and every text a valid MessageFormat pattern. */
class MessagesBundleTest {

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(
                "/fr/missive/i18n/messages_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        TreeSet<String> en = new TreeSet<>(load("en").stringPropertyNames());
        TreeSet<String> fr = new TreeSet<>(load("fr").stringPropertyNames());
        TreeSet<String> missingInFrench = new TreeSet<>(en);
        missingInFrench.removeAll(fr);
        TreeSet<String> missingInEnglish = new TreeSet<>(fr);
        missingInEnglish.removeAll(en);
        assertThat(missingInFrench).as("keys missing in messages_fr").isEmpty();
        assertThat(missingInEnglish).as("keys missing in messages_en").isEmpty();
        assertThat(en).isNotEmpty();
    }

    /**
     * A single apostrophe starts a quoted section in MessageFormat and silently swallows the
     * {0} after it; every apostrophe meant as a letter must be doubled.
     */
    @Test
    void noSingleApostropheInAnyPattern() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            Properties p = load(language);
            for (String key : p.stringPropertyNames()) {
                String withoutDoubled = p.getProperty(key).replace("''", "");
                if (withoutDoubled.indexOf('\'') >= 0) {
                    wrong.add(language + ":" + key);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPatternFormatsWithItsArguments() throws IOException {
        Pattern argument = Pattern.compile("\\{(\\d+)");
        for (String language : List.of("en", "fr")) {
            Properties p = load(language);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                Matcher m = argument.matcher(pattern);
                int count = 0;
                while (m.find()) {
                    count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
                }
                Object[] args = new Object[count];
                java.util.Arrays.fill(args, 7);
                String formatted = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
                assertThat(formatted).as(language + ":" + key).doesNotContain("{").isNotBlank();
            }
        }
    }

    @Test
    void frenchUsesNonBreakingSpacesBeforeDoublePunctuation() throws IOException {
        Properties p = load("fr");
        List<String> wrong = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (Pattern.compile(" [:;?!»]|« ").matcher(p.getProperty(key)).find()) {
                wrong.add(key);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void argumentsAppearInTheFormattedText() {
        Messages fr = Messages.forLocale(Locale.FRANCE);
        assertThat(fr.get("signin.wrongPassword", "Claire")).isEqualTo("Mot de passe incorrect pour Claire.");
        assertThat(fr.get("storage.diskFull")).contains("n’a pas pu");
        assertThat(Messages.forLocale(Locale.UK).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.forLocale(Locale.GERMANY).get("users.adminOnly")).isEqualTo("Only an administrator may do this.");
    }
}
