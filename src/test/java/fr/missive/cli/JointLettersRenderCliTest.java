package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.render.PdfProbe;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code letter render --about-pupils … --joint-letters}: guardians at one address who would be
 * reached the same way get one letter addressed to both, in the letter's language; guardians
 * reached differently keep one each. The PDFs are read back.
 */
class JointLettersRenderCliTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final PostalAddress VAUGELAS = new PostalAddress(List.of("4 rue Vaugelas"), "69003", "Lyon", "");
    private static final PostalAddress ARLOING = new PostalAddress(List.of("18 quai Arloing"), "69009", "Lyon", "");

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(folder, Locale.FRENCH);
        assertThat(cli.initCollege("--address", "12 avenue des Frères-Lumière", "--postcode", "69008",
                "--city", "Lyon").exitCode()).isZero();
        Path template = files.resolve("convocation.md");
        Files.writeString(template, LetterCliTest.CONVOCATION, StandardCharsets.UTF_8);
        assertThat(cli.run("letter", "import", template.toString()).exitCode()).isZero();
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            JdbcContactStore store = new JdbcContactStore(db);
            // Anaïs's parents live together and both take letters on paper: one letter for both.
            Contact anais = store.save(pupil("Anaïs", "DURAND"));
            Contact mother = store.save(guardian("Mme", "Claire", "DURAND", VAUGELAS, null));
            Contact father = store.save(guardian("M.", "Paul", "DURAND", VAUGELAS, null));
            // Léo's mother takes e-mail, his father paper, at one address: a letter each.
            Contact leo = store.save(pupil("Léo", "MARTIN"));
            Contact leoMother = store.save(guardian("Mme", "Inès", "MARTIN", ARLOING, "ines.martin@example.fr"));
            Contact leoFather = store.save(guardian("M.", "Luc", "MARTIN", ARLOING, null));
            store.link(List.of(new Guardianship(anais.id(), mother.id(), 1),
                    new Guardianship(anais.id(), father.id(), 2),
                    new Guardianship(leo.id(), leoMother.id(), 1),
                    new Guardianship(leo.id(), leoFather.id(), 2)));
        }
    }

    private static Contact pupil(String first, String last) {
        return new Contact(null, ContactKind.PUPIL, "", first, last, "3e A",
                new PostalAddress(List.of("1 rue de l’École"), "69000", "Lyon", ""), null,
                Consent.refused(TODAY, "test"), Map.of());
    }

    private static Contact guardian(String title, String first, String last, PostalAddress address, String email) {
        return new Contact(null, ContactKind.GUARDIAN, title, first, last, "", address,
                email == null ? null : EmailAddress.parse(email),
                email == null ? Consent.refused(TODAY, "test") : Consent.given(TODAY, "test"), Map.of());
    }

    private List<String> render(Path out, String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("letter", "render", "Convocation parents",
                "--about-pupils", "class=3e A", "--field", "date_rdv=mardi 1er décembre", "--out", out.toString()));
        args.addAll(List.of(more));
        CliRunner.Result rendered = cli.run(args.toArray(String[]::new));
        assertThat(rendered.exitCode()).as(rendered.err()).isZero();
        try (Stream<Path> pdfs = Files.list(out)) {
            return pdfs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String text(Path pdf) throws IOException {
        return PdfProbe.text(Files.readAllBytes(pdf));
    }

    @Test
    void parentsAtOneAddressReachedAlikeGetOneLetterAddressedToBoth() throws IOException {
        Path out = files.resolve("ensemble");

        List<String> names = render(out, "--joint-letters");

        assertThat(names).hasSize(3);
        List<String> durand = names.stream().filter(n -> n.startsWith("DURAND Anaïs")).toList();
        assertThat(durand).hasSize(1);
        String joint = text(out.resolve(durand.get(0)));
        assertThat(joint).contains("Madame et Monsieur DURAND", "4 rue Vaugelas", "69003 LYON",
                "au sujet de Anaïs DURAND (3e A)");
        assertThat(names.stream().filter(n -> n.startsWith("MARTIN Léo"))).hasSize(2);
    }

    @Test
    void withoutTheOptionEachParentKeepsTheirOwnLetter() throws IOException {
        List<String> names = render(files.resolve("chacun"));

        assertThat(names).hasSize(4);
        assertThat(names.stream().filter(n -> n.startsWith("DURAND Anaïs"))).hasSize(2);
    }

    @Test
    void anEnglishJointLetterNamesBothParentsInEnglish() throws IOException {
        Path out = files.resolve("english");

        List<String> names = render(out, "--joint-letters", "--language", "en");

        String joint = text(out.resolve(names.stream().filter(n -> n.startsWith("DURAND Anaïs")).findFirst()
                .orElseThrow()));
        assertThat(joint).contains("Mrs and Mr DURAND").doesNotContain("Madame et Monsieur");
    }

    @Test
    void theHelpOfRenderExplainsJointLettersAsSendDoes() {
        String render = cli.run("letter", "render", "--help").out();
        String send = cli.run("send", "letter", "--help").out();

        assertThat(render).contains("--joint-letters", "same address, when both receive it the same way");
        assertThat(send).contains("--joint-letters", "same address, when both receive it the same way");
    }
}
