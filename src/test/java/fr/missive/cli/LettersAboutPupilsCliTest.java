package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.render.PdfProbe;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code letter render --about-pupils} and {@code send letter --about-pupils}: pupils and their
 * guardians stored in the data folder, the letters written to each guardian read back (PDF files,
 * the e-mail GreenMail received, the sent log).
 */
class LettersAboutPupilsCliTest {

    private static final String NBSP = "\u00a0";
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(folder, Locale.FRENCH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        assertThat(cli.initCollege("--address", "12 avenue des Frères-Lumière", "--postcode", "69008",
                "--city", "Lyon").exitCode()).isZero();
        Path template = files.resolve("convocation.md");
        Files.writeString(template, LetterCliTest.CONVOCATION, StandardCharsets.UTF_8);
        assertThat(cli.run("letter", "import", template.toString()).exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
        try (Database db = Database.open(folder, Database.OpeningListener.NONE)) {
            JdbcContactStore store = new JdbcContactStore(db);
            Contact anais = store.save(pupil("Anaïs", "DURAND"));
            Contact noe = store.save(pupil("Noé", "ROUX"));
            Contact mother = store.save(new Contact(null, ContactKind.GUARDIAN, "Mme", "Claire", "DURAND", "",
                    new PostalAddress(List.of("4 rue Vaugelas"), "69003", "Lyon", ""),
                    EmailAddress.parse("claire.durand@example.fr"), Consent.given(TODAY, "test"), Map.of()));
            Contact father = store.save(new Contact(null, ContactKind.GUARDIAN, "M.", "Marc", "MARTIN", "",
                    new PostalAddress(List.of("18 quai Arloing"), "69009", "Lyon", ""), null,
                    Consent.refused(TODAY, "test"), Map.of()));
            store.link(List.of(new Guardianship(anais.id(), mother.id(), 1),
                    new Guardianship(anais.id(), father.id(), 2)));
            assertThat(noe.id()).isNotNull();
        }
    }

    private static Contact pupil(String first, String last) {
        return new Contact(null, ContactKind.PUPIL, "", first, last, "3e A",
                new PostalAddress(List.of("1 rue de l’École"), "69000", "Lyon", ""), null,
                Consent.refused(TODAY, "test"), Map.of());
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void renderWritesOneLetterPerGuardianAtTheirAddressAndWarnsOfThePupilWithoutGuardian() throws IOException {
        Path out = files.resolve("lettres");

        CliRunner.Result rendered = cli.run("letter", "render", "Convocation parents", "--about-pupils",
                "class=3e A", "--field", "date_rdv=mardi 1er décembre", "--out", out.toString());

        assertThat(rendered.exitCode()).as(rendered.err()).isZero();
        assertThat(rendered.err()).contains("Noé ROUX — aucun responsable légal" + NBSP + ": pas de lettre");
        try (Stream<Path> pdfs = Files.list(out)) {
            assertThat(pdfs.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "DURAND Anaïs - DURAND Claire.pdf", "DURAND Anaïs - MARTIN Marc.pdf");
        }
        String toFather = PdfProbe.text(Files.readAllBytes(out.resolve("DURAND Anaïs - MARTIN Marc.pdf")));
        assertThat(toFather).contains("M. Marc MARTIN", "18 quai Arloing", "69009 LYON",
                "au sujet de Anaïs DURAND (3e A)").doesNotContain("Vaugelas");
    }

    @Test
    void sendEmailsOneGuardianPrintsForTheOtherListsThemPerPupilAndTheLogNamesThePupil() throws Exception {
        Path print = files.resolve("papier");

        CliRunner.Result sent = cli.run("send", "letter", "Convocation parents", "--about-pupils", "search=anais",
                "--field", "date_rdv=mardi 1er décembre", "--print-dir", print.toString());

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        Map<String, Object> summary = sent.jsonObject();
        assertThat(summary).containsEntry("queued", 1).containsEntry("to_print", 1).containsEntry("printed", 1);
        assertThat(summary.get("per_pupil")).isEqualTo(List.of(
                "Anaïs DURAND — Mme DURAND" + NBSP + ": e-mail" + NBSP + "; M. MARTIN" + NBSP + ": papier"));
        assertThat(summary.get("print_list").toString()).contains("Marc MARTIN", "Anaïs DURAND");
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("claire.durand@example.fr");
        assertThat(received.getSubject()).isEqualTo("Rendez-vous au sujet de Anaïs");

        List<Map<String, Object>> log = cli.run("sent", "list", "--search", "anais", "--format", "json")
                .jsonArray();
        assertThat(log).singleElement().satisfies(m -> assertThat(m.get("aboutPupil").toString())
                .contains("Anaïs DURAND"));
        assertThat(cli.run("sent", "show", String.valueOf(log.get(0).get("id"))).out())
                .contains("About pupil", "Anaïs DURAND");
    }

    @Test
    void contactsAndAboutPupilsTogetherAreRefusedAndTheHelpExplainsTheOption() {
        CliRunner.Result both = cli.run("send", "letter", "Convocation parents", "--contacts", "all",
                "--about-pupils", "all");

        assertThat(both.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(both.err()).contains("pas les deux");
        assertThat(cli.run("send", "letter", "--help").out()).contains("--about-pupils", "--joint-letters");
        assertThat(cli.run("letter", "render", "--help").out()).contains("--about-pupils");
    }
}
