package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code missive contacts import} and {@code contacts list} on the sample exports. */
class ContactsImportCliTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode())
                .isZero();
    }

    private Path sample(String name) throws IOException {
        Path target = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/contacts/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private List<Map<String, Object>> contactsAsJson() {
        CliRunner.Result list = cli.run("contacts", "list", "--format", "json");
        assertThat(list.exitCode()).isZero();
        return list.jsonArray();
    }

    /** A nested JSON object of a contact, such as "custom" or "consent". */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> contact, String name) {
        return (Map<String, Object>) contact.get(name);
    }

    @Test
    void importsTheWindowsExportAndReportsEachCorrectedLine() throws IOException {
        CliRunner.Result r = cli.run("contacts", "import", sample("eleves-responsables-cp1252.csv").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = List.of(r.out().split("\\R"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("line 15: ").contains("jean.dupont@@orange.fr"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("line 23: ").contains("marie.curie@orange"));
        assertThat(lines.get(lines.size() - 2)).startsWith("Lines read: 50.");
        assertThat(lines.get(lines.size() - 1)).startsWith("Legal guardians added: ")
                .endsWith("Pupil–guardian links added: 50.");

        List<Map<String, Object>> contacts = contactsAsJson();
        assertThat(contacts).filteredOn(c -> "pupil".equals(c.get("kind"))).hasSize(50);
        assertThat(contacts).anySatisfy(c -> assertThat(c).containsEntry("lastName", "BÉGUÉ")
                .containsEntry("firstName", "Océane").containsEntry("className", "3e A").containsEntry("kind", "pupil")
                .containsEntry("email", null));
        assertThat(contacts).anySatisfy(c -> {
            assertThat(c).containsEntry("lastName", "Bégué").containsEntry("firstName", "Lucas")
                    .containsEntry("title", "M.").containsEntry("kind", "guardian")
                    .containsEntry("email", "lucas.begue@orange.fr");
            assertThat(object(c, "consent")).containsEntry("accepts", true);
        });
        assertThat(contacts).anySatisfy(c -> assertThat(c).containsEntry("kind", "guardian")
                .containsEntry("email", "Paul.Durand@free.fr"));
    }

    @Test
    void reimportingUpdatesInsteadOfDuplicating() throws IOException {
        Path file = sample("guardians-utf8-bom.csv");
        assertThat(cli.run("contacts", "import", file.toString()).exitCode()).isZero();
        CliRunner.Result again = cli.run("contacts", "import", file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Contacts added: 0, updated: 6")
                .contains("Legal guardians added: 0, already known: 6. Pupil–guardian links added: 0.");
        assertThat(contactsAsJson()).hasSize(12)
                .anySatisfy(c -> assertThat(c).containsEntry("lastName", "El Amrani").containsEntry("email", "rachid@élève.fr"))
                .anySatisfy(c -> assertThat(c).containsEntry("lastName", "Αλεξίου").containsEntry("firstName", "Νίκος"));
    }

    @Test
    void dryRunSavesNothing() throws IOException {
        CliRunner.Result r = cli.run("contacts", "import", "--dry-run", sample("guardians-utf8-bom.csv").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("nothing was saved");
        assertThat(contactsAsJson()).isEmpty();
    }

    @Test
    void mapAndKindOverrideTheGuess() throws IOException {
        CliRunner.Result r = cli.run("contacts", "import", "--kind", "guardian", "--map", "Guardian=ignore,City=custom",
                sample("guardians-utf8-bom.csv").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(contactsAsJson()).allSatisfy(c -> {
            assertThat(c).containsEntry("kind", "guardian");
            assertThat(object(c, "custom")).containsKey("City").doesNotContainKey("Guardian");
        });
    }

    @Test
    void anUnusableFileImportsNothingAndExitsTwo() throws IOException {
        Path binary = files.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0});
        Path noName = files.resolve("no-name.csv");
        Files.writeString(noName, "Classe;Ville\n3e A;Lyon\n");
        for (String[] args : List.of(
                new String[] {"contacts", "import", binary.toString()},
                new String[] {"contacts", "import", files.resolve("missing.csv").toString()},
                new String[] {"contacts", "import", noName.toString()},
                new String[] {"contacts", "import", "--map", "Nope=email", noName.toString()})) {
            CliRunner.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception");
        }
        assertThat(contactsAsJson()).isEmpty();
    }

    @Test
    void csvListKeepsCustomFieldsAsColumns() throws IOException {
        cli.run("contacts", "import", "--map", "Guardian=custom", sample("guardians-utf8-bom.csv").toString());
        CliRunner.Result csv = cli.run("contacts", "list", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).get().asString().endsWith(",Guardian");
        assertThat(csv.out()).contains("Mrs Nguyễn Thị Lan");
    }
}
