package fr.missive.app.letters.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.outbox.MailContent;
import fr.missive.cli.CliRunner;
import fr.missive.i18n.Messages;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.Guardianship;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.letters.Addressing;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import fr.missive.model.users.User;
import fr.missive.render.LetterLayout;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters about pupils written to their legal guardians, on a real data folder: pupils and
 * guardians stored through the contact store, plans and sendings through the use case, the
 * letters' PDFs read back (the address block in the envelope window, the body), the outbox and
 * the sent log read back. No server runs: the e-mails stay queued, then are cancelled into the log.
 */
@ExtendWith(DataFolderExtension.class)
class GuardianLettersTest {

    private static final String NBSP = "\u00a0";
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private OpenDataFolder services;
    private User claire;
    private LetterTemplate template;
    private Contact anais;
    private Contact leo;
    private Contact zoe;
    private Contact hugo;
    private Contact noe;

    @BeforeEach
    void setUp(DataFolders dataFolders) {
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege("--address", "12 avenue des Frères-Lumière", "--postcode", "69008",
                "--city", "Lyon").exitCode()).isZero();
        assertThat(cli.run("account", "add", "personal", "--name", "Secrétariat", "--address",
                "secretariat@college-test.fr", "--host", "127.0.0.1", "--port", "9", "--security", "none")
                .exitCode()).isZero();
        try (Database db = TestDatabases.open(folder)) {
            JdbcContactStore store = new JdbcContactStore(db);
            // Separated parents: the mother accepts e-mail, the father has no address for it.
            anais = store.save(pupil("Anaïs", "DURAND", "3e A"));
            Contact mother = store.save(guardian("Mme", "Claire", "DURAND", "4 rue Vaugelas", "69003",
                    "claire.durand@example.fr", true));
            Contact father = store.save(guardian("M.", "Marc", "MARTIN", "18 quai Arloing", "69009", null, false));
            // Two children, both parents at one address, both by e-mail.
            leo = store.save(pupil("Léo", "PETIT", "4e B"));
            zoe = store.save(pupil("Zoé", "PETIT", "6e C"));
            Contact ines = store.save(guardian("Mme", "Inès", "PETIT", "7 rue Sala", "69002",
                    "ines.petit@example.fr", true));
            Contact paul = store.save(guardian("M.", "Paul", "PETIT", "7, rue Sala", "69002",
                    "paul.petit@example.fr", true));
            // One address, two channels: no shared letter.
            hugo = store.save(pupil("Hugo", "BERNARD", "5e A"));
            Contact sophie = store.save(guardian("Mme", "Sophie", "BERNARD", "2 place Bellecour", "69002",
                    "sophie.bernard@example.fr", true));
            Contact luc = store.save(guardian("M.", "Luc", "BERNARD", "2 place Bellecour", "69002", null, false));
            noe = store.save(pupil("Noé", "ROUX", "3e A"));
            store.link(List.of(new Guardianship(anais.id(), mother.id(), 1), new Guardianship(anais.id(), father.id(), 2),
                    new Guardianship(leo.id(), ines.id(), 1), new Guardianship(leo.id(), paul.id(), 2),
                    new Guardianship(zoe.id(), ines.id(), 1),
                    new Guardianship(hugo.id(), sophie.id(), 1), new Guardianship(hugo.id(), luc.id(), 2)));
        }
        services = dataFolders.open(folder);
        services.outbox().outbox().worker().stop(Duration.ofSeconds(5));
        claire = services.setup().users().find("Claire Martin").orElseThrow();
        template = new LetterTemplate("Absence", null, "Absence de {{first_name}}",
                "{{addressee_title}},\n\nVotre enfant {{first_name}} {{last_name}} ({{class}}) était absent.",
                List.of(), Addressing.GUARDIANS);
    }

    private static Contact pupil(String first, String last, String className) {
        return new Contact(null, ContactKind.PUPIL, "", first, last, className,
                new PostalAddress(List.of("1 rue de l’École"), "69000", "Lyon", ""), null,
                Consent.refused(TODAY, "test"), Map.of());
    }

    private static Contact guardian(String title, String first, String last, String street, String postcode,
                                    String email, boolean accepts) {
        return new Contact(null, ContactKind.GUARDIAN, title, first, last, "",
                new PostalAddress(List.of(street), postcode, "Lyon", ""),
                email == null ? null : EmailAddress.parse(email),
                accepts ? Consent.given(TODAY, "test") : Consent.refused(TODAY, "test"), Map.of());
    }

    private MailingOptions.Builder options() {
        return MailingOptions.byEmail(Locale.FRENCH).printFolder(files.resolve("papier")).sizeLimitBytes(1L << 30);
    }

    private MailingPlan plan(List<Contact> pupils, MailingOptions options) {
        return services.letters().mailing().plan(claire, "Secrétariat", template, pupils, options);
    }

    @Test
    void separatedParentsGetALetterEachAtTheirOwnAddressAboutTheirChild() throws IOException {
        MailingPlan plan = plan(List.of(anais), options().build());

        assertThat(plan.recipients()).extracting(r -> r.contact().lastName(), PlannedRecipient::route)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DURAND", Route.EMAIL),
                        org.assertj.core.groups.Tuple.tuple("MARTIN", Route.NO_ADDRESS));
        assertThat(plan.recipients()).allSatisfy(r -> assertThat(r.about()).isEqualTo(anais));
        PdfText toMother = PdfText.of(services.letters().mailing().letterPdf(plan, plan.recipients().get(0).letter()));
        PdfText toFather = PdfText.of(services.letters().mailing().letterPdf(plan, plan.recipients().get(1).letter()));
        assertThat(toMother.window()).contains("Mme Claire DURAND", "4 rue Vaugelas", "69003 LYON")
                .doesNotContain("MARTIN", "Anaïs");
        assertThat(toFather.window()).contains("M. Marc MARTIN", "18 quai Arloing", "69009 LYON")
                .doesNotContain("Vaugelas", "Anaïs");
        assertThat(toMother.all()).contains("Mme,", "Votre enfant Anaïs DURAND (3e A) était absent.");
        assertThat(toFather.all()).contains("M.,", "Votre enfant Anaïs DURAND (3e A) était absent.");

        MailingSummary summary = services.letters().mailing().send(claire, "Secrétariat", plan,
                (done, total) -> { }, () -> false);

        assertThat(summary.queued()).isEqualTo(1);
        assertThat(summary.files()).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).isEqualTo("DURAND Anaïs - MARTIN Marc.pdf");
            assertThat(PdfText.of(Files.readAllBytes(file)).window()).contains("M. Marc MARTIN", "18 quai Arloing");
        });
        assertThat(services.outbox().outbox().list(claire)).singleElement()
                .satisfies(e -> assertThat(e.recipients()).containsExactly("claire.durand@example.fr"));
    }

    @Test
    void guardiansAtOneAddressReachedByEmailShareOneLetterSentToBothAddresses() throws IOException {
        MailingPlan plan = plan(List.of(leo), options().jointLetters(true).build());

        assertThat(plan.recipients()).singleElement().satisfies(r -> {
            assertThat(r.route()).isEqualTo(Route.EMAIL);
            assertThat(r.letter().addressees()).extracting(Contact::firstName).containsExactly("Inès", "Paul");
        });
        LetterMailingPreview preview = new LetterMailingPreview(plan);
        assertThat(preview.mail().to()).extracting(Object::toString)
                .containsExactly("ines.petit@example.fr", "paul.petit@example.fr");
        PdfText letter = PdfText.of(preview.pdf());
        assertThat(letter.window()).contains("Madame et Monsieur PETIT", "7 rue Sala", "69002 LYON");
        assertThat(letter.all()).contains("Madame et Monsieur,", "Votre enfant Léo PETIT (4e B)");
        assertThat(PupilLines.of(plan, Messages.forLocale(Locale.FRENCH)))
                .containsExactly("Léo PETIT — Madame et Monsieur PETIT" + NBSP + ": e-mail");
    }

    @Test
    void guardiansAtOneAddressReachedDifferentlyGetALetterEach() {
        MailingPlan plan = plan(List.of(hugo), options().jointLetters(true).build());

        assertThat(plan.recipients()).extracting(PlannedRecipient::route)
                .containsExactly(Route.EMAIL, Route.NO_ADDRESS);
        assertThat(plan.recipients()).allSatisfy(r -> assertThat(r.letter().joint()).isFalse());
        assertThat(PupilLines.of(plan, Messages.forLocale(Locale.FRENCH))).containsExactly(
                "Hugo BERNARD — Mme BERNARD" + NBSP + ": e-mail" + NBSP + "; M. BERNARD" + NBSP + ": papier");
    }

    @Test
    void aPupilWithoutAnyGuardianIsAWarningAndListedNotSilentlyLeftOut() {
        MailingPlan plan = plan(List.of(anais, noe), options().build());

        assertThat(plan.withoutGuardian()).containsExactly(noe);
        assertThat(plan.recipients()).noneSatisfy(r -> assertThat(r.about()).isEqualTo(noe));
        assertThat(plan.warnings()).extracting(w -> Messages.forLocale(Locale.ENGLISH).get(w))
                .contains("One pupil has no legal guardian and will get no letter: Noé ROUX.");
        assertThat(PupilLines.of(plan, Messages.forLocale(Locale.FRENCH))).containsExactly(
                "Anaïs DURAND — Mme DURAND" + NBSP + ": e-mail" + NBSP + "; M. MARTIN" + NBSP + ": papier",
                "Noé ROUX — aucun responsable légal" + NBSP + ": pas de lettre");
    }

    @Test
    void aGuardianOfTwoPupilsGetsOneLetterPerPupilAndTheSentLogNamesEachPupil() {
        MailingPlan plan = plan(List.of(leo, zoe), options().build());

        List<PlannedRecipient> toInes = plan.recipients().stream()
                .filter(r -> r.contact().firstName().equals("Inès")).toList();
        assertThat(toInes).extracting(PlannedRecipient::about).containsExactly(leo, zoe);
        assertThat(PupilLines.of(plan, Messages.forLocale(Locale.ENGLISH)))
                .contains("Mme PETIT receives 2 letters, one per child: Léo PETIT, Zoé PETIT");

        MailingSummary summary = services.letters().mailing().send(claire, "Secrétariat", plan,
                (done, total) -> { }, () -> false);
        assertThat(summary.queued()).isEqualTo(3);
        services.outbox().outbox().list(claire).forEach(e -> services.outbox().outbox().cancel(claire, e.id()));

        List<SentEntry> aboutZoe = services.sentLog().list(claire, new SentFilter(Set.of(), null, null, null, "zoe"));
        assertThat(aboutZoe).singleElement().satisfies(e -> {
            assertThat(e.recipients()).containsExactly("ines.petit@example.fr");
            assertThat(e.origin().about()).isEqualTo(new MailOrigin.ContactRef(zoe.id(), "Zoé PETIT"));
            assertThat(e.origin().contacts()).extracting(MailOrigin.ContactRef::name).containsExactly("Inès PETIT");
        });
    }

    @Test
    void aLetterToTheContactIsUnchangedWhenThisSendingChoosesIt() {
        MailingPlan plan = plan(List.of(anais), options().addressing(Addressing.CONTACT).build());

        assertThat(plan.recipients()).singleElement().satisfies(r -> {
            assertThat(r.contact()).isEqualTo(anais);
            assertThat(r.letter().aboutSomeoneElse()).isFalse();
        });
        assertThat(plan.aboutPupils()).isFalse();
    }

    /** One letter's e-mail and PDF, as the dialog's preview shows them. */
    private final class LetterMailingPreview {
        private final MailingPlan plan;

        LetterMailingPreview(MailingPlan plan) {
            this.plan = plan;
        }

        MailContent mail() {
            return services.letters().mailing().preview(plan, plan.recipients().get(0).letter());
        }

        byte[] pdf() {
            return services.letters().mailing().letterPdf(plan, plan.recipients().get(0).letter());
        }
    }

    /** A letter's text read back from its PDF: the whole page, and what the envelope window shows. */
    record PdfText(String all, String window) {

        static PdfText of(byte[] pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                float mm = 72f / 25.4f;
                area.addRegion("window", new Rectangle2D.Float(LetterLayout.WINDOW_LEFT_MM * mm,
                        LetterLayout.WINDOW_TOP_MM * mm, LetterLayout.WINDOW_WIDTH_MM * mm,
                        LetterLayout.WINDOW_HEIGHT_MM * mm));
                area.extractRegions(document.getPage(0));
                return new PdfText(new PDFTextStripper().getText(document), area.getTextForRegion("window"));
            }
        }
    }
}
