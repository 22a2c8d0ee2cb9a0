package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pupils' legal guardians from the command line on a real data folder: the import reports them,
 * {@code contacts show} lists a pupil's guardians and a guardian's children (text and JSON),
 * {@code contacts link-guardian} and {@code unlink-guardian} change the links.
 */
class GuardiansCliTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege().exitCode()).isZero();
        Path file = Files.writeString(files.resolve("eleves.csv"), """
                Nom;Prénom;Classe;Civilité resp. 1;Nom resp. 1;Prénom resp. 1;Adresse resp. 1;CP resp. 1;\
                Commune resp. 1;Courriel resp. 1;Accepte les courriels resp. 1;Nom resp. 2;Prénom resp. 2;\
                Adresse resp. 2;CP resp. 2;Commune resp. 2
                DURAND;Anaïs;4e B;Mme;DURAND;Claire;12 rue des Lilas;69003;Lyon;claire.durand@example.fr;Oui;\
                MARTIN;Marc;3 place Bellecour;69002;Lyon
                DURAND;Léo;6e A;Mme;DURAND;Claire;12 rue des Lilas;69003;Lyon;claire.durand@example.fr;Oui;;;;;
                """);
        CliRunner.Result imported = cli.run("contacts", "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Legal guardians added: 2, already known: 0. Pupil–guardian links added: 3.");
    }

    private long idOf(String firstName) {
        return cli.run("contacts", "list", "--format", "json").jsonArray().stream()
                .filter(c -> firstName.equals(c.get("firstName"))).map(c -> ((Number) c.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void showListsAPupilsGuardiansAndAGuardiansChildren() {
        CliRunner.Result pupil = cli.run("contacts", "show", String.valueOf(idOf("Anaïs")));
        assertThat(pupil.exitCode()).as(pupil.err()).isZero();
        assertThat(pupil.out()).contains("Guardian").contains("Mme Claire DURAND, 12 rue des Lilas 69003 Lyon,"
                + " claire.durand@example.fr (accepts e-mail)").contains("Marc MARTIN, 3 place Bellecour 69002 Lyon");

        CliRunner.Result guardian = cli.run("contacts", "show", String.valueOf(idOf("Claire")));
        assertThat(guardian.out()).contains("Child").contains("Anaïs DURAND, 4e B").contains("Léo DURAND, 6e A");
    }

    @Test
    @SuppressWarnings("unchecked")
    void showInJsonGivesTheGuardiansAndChildrenAsContacts() {
        CliRunner.Result r = cli.run("contacts", "show", String.valueOf(idOf("Anaïs")), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, Object> json = r.jsonObject();
        assertThat(json).containsEntry("firstName", "Anaïs").containsEntry("kind", "pupil");
        List<Map<String, Object>> guardians = (List<Map<String, Object>>) json.get("guardians");
        assertThat(guardians).extracting(g -> g.get("firstName")).containsExactly("Claire", "Marc");
        assertThat(guardians.get(0)).containsEntry("kind", "guardian").containsEntry("email", "claire.durand@example.fr");
        assertThat((List<?>) json.get("children")).isEmpty();
    }

    @Test
    void linkAndUnlinkAGuardianByHand() {
        long leo = idOf("Léo");
        long marc = idOf("Marc");

        CliRunner.Result linked = cli.run("contacts", "link-guardian", String.valueOf(leo), String.valueOf(marc));
        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(linked.out()).contains("Marc MARTIN is now a legal guardian of Léo DURAND (rank 2).");
        assertThat(cli.run("contacts", "show", String.valueOf(marc)).out()).contains("Léo DURAND").contains("Anaïs");

        CliRunner.Result unlinked = cli.run("contacts", "unlink-guardian", String.valueOf(leo), String.valueOf(marc));
        assertThat(unlinked.exitCode()).isZero();
        assertThat(unlinked.out()).contains("Marc MARTIN is no longer a legal guardian of Léo DURAND.");
        assertThat(cli.run("contacts", "show", String.valueOf(marc)).out()).doesNotContain("Léo");
    }

    @Test
    void linkingAContactToThemselvesOrToNobodyIsRefusedInOneLine() {
        long leo = idOf("Léo");
        for (String[] args : List.of(new String[] {"contacts", "link-guardian", String.valueOf(leo), String.valueOf(leo)},
                new String[] {"contacts", "link-guardian", String.valueOf(leo), "99999"})) {
            CliRunner.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isNotZero();
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception");
        }
    }
}
