package fr.missive.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.contacts.importing.ContactField;
import fr.missive.app.contacts.importing.ImportProgress;
import fr.missive.app.contacts.importing.RowIssue;
import fr.missive.app.letters.mailing.Route;
import fr.missive.model.EmailAddress;
import fr.missive.model.letters.MergeField;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.MailInputProblem;
import fr.missive.model.mail.SuggestedFix;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.sentlog.ImapCopyState;
import fr.missive.model.users.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code uses, in any layer (windows, commands, use cases, stores, mail, the
 * PDF renderer), exists in French and in English: a missing one shows as "!key!" to the user.
 *
 * <p>As Apache JMeter's ResourceKeyUsageTest does, the main sources are read as text: every string
 * literal shaped like a key ({@code word.word…}) whose first word starts keys of the bundles is
 * taken for one, unless it names a Swing component or a Jakarta Mail property. Keys the code builds
 * from an enum are listed from the enums themselves.
 */
class MessageKeysUsedTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    /**
     * Calls whose first argument is a literal that looks like a key but is not one: component names
     * (setName and the small builders that call it), mail session properties, a resource file, and
     * the name prefix the institution form matches components with.
     */
    private static final Pattern NOT_A_KEY_BEFORE = Pattern.compile(
            "(?:setName|button|tool|entry|FieldCell|put|putIfAbsent|getProperty|setProperty|resource|startsWith)"
                    + "\\(\\s*$");

    /**
     * Literals that look like keys and are something else, where the call does not say so: mail
     * server names of the provider presets, component names given to form rows and file choosers,
     * the name of a stored setting and the delivery journal's file name.
     */
    private static final Set<String> NOT_KEYS = Set.of("mail.ovh.net", "mail.protection.outlook.com",
            "institution.name", "institution.senderName", "letters.exportChooser", "letters.importChooser",
            "sentlog.retentionDays", "outbox.journal");

    @Test
    void everyKeyUsedInTheMainSourcesExistsInFrenchAndEnglish() throws IOException {
        Map<String, String> used = keysInSources();
        keysBuiltFromEnums().forEach(key -> used.putIfAbsent(key, "built from an enum"));
        assertThat(used).as("keys found; fewer means the scan broke").hasSizeGreaterThan(800);
        for (Locale language : List.of(Messages.FRENCH, Messages.ENGLISH)) {
            Messages messages = Messages.forLocale(language);
            Map<String, String> missing = used.entrySet().stream().filter(e -> !messages.has(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
            assertThat(missing).as("keys (and where they are used) missing in " + language).isEmpty();
        }
    }

    /** Key → the first source file that uses it. */
    private static Map<String, String> keysInSources() throws IOException {
        Set<String> prefixes = bundlePrefixes();
        Map<String, String> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher m = KEY_LITERAL.matcher(source);
                while (m.find()) {
                    String literal = m.group(1);
                    String before = source.substring(Math.max(0, m.start() - 40), m.start());
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.')))
                            && !NOT_KEYS.contains(literal) && !NOT_A_KEY_BEFORE.matcher(before).find()) {
                        keys.putIfAbsent(literal, MAIN_SOURCES.relativize(file).toString());
                    }
                }
            }
        }
        return keys;
    }

    /** The first words of the keys of both bundles: ui, cli, letters, diagnosis, outbox … */
    private static Set<String> bundlePrefixes() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        for (String language : List.of("fr", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = MessageKeysUsedTest.class.getResourceAsStream(
                    "/fr/missive/i18n/messages_" + language + ".properties")) {
                assertThat(in).as("bundle " + language).isNotNull();
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : bundle.stringPropertyNames()) {
                if (key.indexOf('.') > 0) {
                    prefixes.add(key.substring(0, key.indexOf('.')));
                }
            }
        }
        return prefixes;
    }

    /** Keys the code makes by joining a prefix and an enum constant's name. */
    private static List<String> keysBuiltFromEnums() {
        Stream.Builder<String> keys = Stream.builder();
        Stream.of(DiagnosisKind.values()).map(DiagnosisKind::messageKey).forEach(keys);
        Stream.of(OutboxState.values()).map(OutboxState::messageKey).forEach(keys);
        Stream.of(ImapCopyState.values()).map(ImapCopyState::messageKey).forEach(keys);
        Stream.of(MergeField.values()).map(MergeField::labelKey).forEach(keys);
        Stream.of(ContactField.values()).map(ContactField::labelKey).forEach(keys);
        Stream.of(Route.values()).map(r -> r.reason(fr.missive.model.letters.FieldNames.typed(java.util.List.of("x"))).key()).forEach(keys);
        for (SuggestedFix.Kind kind : SuggestedFix.Kind.values()) {
            keys.add("diagnosis.fix." + kind.name());
        }
        for (MailInputProblem.Kind kind : MailInputProblem.Kind.values()) {
            keys.add(new MailInputProblem("field", kind, List.of()).message().key());
        }
        for (RowIssue.Severity severity : RowIssue.Severity.values()) {
            keys.add("import.severity." + severity.name());
        }
        for (ImportProgress.Phase phase : ImportProgress.Phase.values()) {
            keys.add("import.phase." + phase.name());
        }
        for (EmailAddress.Problem problem : EmailAddress.Problem.values()) {
            keys.add("email.problem." + problem.name());
            keys.add("import.emailDropped." + problem.name());
        }
        for (Role role : Role.values()) {
            keys.add("role." + role.name());
        }
        return keys.build().toList();
    }
}
