package fr.missive.app.letters.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.ValidationException;
import fr.missive.cli.CliRunner;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The use case as a dialog calls it: plan, then send with a progress callback and a cancel flag,
 * on a real data folder (set up through the command line); nothing is delivered (no server
 * runs), the outbox is read back.
 */
@ExtendWith(DataFolderExtension.class)
class LetterMailingTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private OpenDataFolder services;
    private User claire;
    private LetterTemplate template;

    @BeforeEach
    void setUp(DataFolders dataFolders) throws IOException {
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege(
                "--address", "12 avenue des Frères-Lumière", "--postcode", "69008", "--city", "Lyon").exitCode())
                .isZero();
        StringBuilder csv = new StringBuilder("Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("ÉLÈVE").append(i).append(";Léa;3e A;").append(i).append(" rue de la Paix;69001;Lyon;")
                    .append("lea").append(i).append("@example.org;oui\n");
        }
        csv.append("SANSCOURRIEL;Noé;3e A;;;;;oui\n");
        Path file = files.resolve("eleves.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(cli.run("contacts", "import", file.toString()).exitCode()).isZero();
        // Port 9 (discard) on loopback: the worker finds nobody there, the messages stay waiting.
        assertThat(cli.run("account", "add", "personal", "--name", "Secrétariat", "--address",
                "secretariat@college-test.fr", "--host", "127.0.0.1", "--port", "9", "--security", "none")
                .exitCode()).isZero();
        services = dataFolders.open(folder);
        services.outbox().outbox().worker().stop(java.time.Duration.ofSeconds(5));
        claire = services.setup().users().find("Claire Martin").orElseThrow();
        template = new LetterTemplate("Absence", null, "Absence de {{first_name}}",
                "Madame, Monsieur,\n\n{{first_name}} était absente le {{date_absence}}.", List.of("date_absence"));
    }

    private MailingOptions options(long sizeLimit) {
        return MailingOptions.byEmail(Locale.FRENCH).letterFields(Map.of("date_absence", "3 mars"))
                .printFolder(files.resolve("papier")).combinedFile(files.resolve("à imprimer.pdf"))
                .sizeLimitBytes(sizeLimit).build();
    }

    @Test
    void aMissingLetterFieldIsAskedBeforeAnything() {
        MailingOptions none = MailingOptions.byEmail(Locale.FRENCH).build();

        assertThatThrownBy(() -> services.letters().mailing().plan(claire, "Secrétariat", template,
                services.contacts().contacts().list(), none))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(Messages.forLocale(Locale.ENGLISH)
                        .get(e.userMessage())).contains("Date absence").doesNotContain("date_absence"));
    }

    @Test
    void queuesByChunksWithProgressThenWritesTheLetterToPrint() {
        List<Contact> contacts = services.contacts().contacts().list();
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template, contacts, options(0));
        assertThat(plan.byEmail()).hasSize(120);
        assertThat(plan.toPrint()).singleElement().satisfies(r -> assertThat(r.route()).isEqualTo(Route.NO_ADDRESS));
        assertThat(plan.warnings()).extracting(w -> w.key()).containsExactly("mailing.warning.noPostalAddress");

        List<Integer> progress = new ArrayList<>();
        MailingSummary summary = services.letters().mailing().send(claire, "Secrétariat", plan,
                (done, total) -> {
                    assertThat(total).isEqualTo(121);
                    progress.add(done);
                }, () -> false);

        assertThat(summary.queued()).isEqualTo(120);
        assertThat(summary.printed()).isEqualTo(1);
        assertThat(summary.cancelled()).isFalse();
        assertThat(summary.files()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("SANSCOURRIEL Noé.pdf", "à imprimer.pdf");
        // The e-mails count once their chunk is committed, the letter to print once written.
        assertThat(progress).containsExactly(50, 100, 120, 121);
        assertThat(services.outbox().outbox().counts().get(OutboxState.QUEUED)).isEqualTo(120);
    }

    /**
     * A mailing sent in the body, queued by chunks: each message keeps what renders its letter
     * again, the sending's part shared by all of them, and the letter rendered from it is the one
     * the e-mail carried, field for field.
     */
    @Test
    void eachLetterSentInTheBodyKeepsWhatRendersItAgainAsItWasSent() {
        List<Contact> contacts = services.contacts().contacts().list().stream()
                .filter(c -> c.email() != null).toList();
        MailingOptions inline = MailingOptions.byEmail(Locale.FRENCH).attachPdf(false).inline(true)
                .letterFields(Map.of("date_absence", "3 mars")).build();
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template, contacts, inline);
        assertThat(services.letters().mailing().send(claire, "Secrétariat", plan, (done, total) -> { },
                () -> false).queued()).isEqualTo(120);
        services.outbox().outbox().list(claire).forEach(e -> services.outbox().outbox().cancel(claire, e.id()));

        List<fr.missive.model.sentlog.SentEntry> logged = services.sentLog().list(claire,
                new fr.missive.model.sentlog.SentFilter(java.util.Set.of(), null, null, null, null));
        assertThat(logged).hasSize(120);
        java.util.Set<String> sendings = new java.util.HashSet<>();
        for (fr.missive.model.sentlog.SentEntry entry : logged) {
            sendings.add(services.sentLog().inlineLetter(claire, entry.id()).orElseThrow().letter().key());
        }
        assertThat(sendings).as("three chunks of one sending, one sending kept").hasSize(1);

        fr.missive.model.sentlog.SentEntry one = logged.get(7);
        Contact contact = contacts.stream().filter(c -> c.id() == one.origin().contacts().get(0).id())
                .findFirst().orElseThrow();
        fr.missive.model.letters.LetterContent sent = services.letters().composer()
                .compose(plan.context(), contact).content();
        fr.missive.model.letters.LetterContent again = fr.missive.app.letters.InlineLetters.asSent(
                services.sentLog().inlineLetter(claire, one.id()).orElseThrow(), sent.institution(), null);
        assertThat(again.body()).isEqualTo(sent.body()).contains("Léa était absente le 3 mars");
        assertThat(again.subject()).isEqualTo(sent.subject());
        assertThat(again.recipientLines()).isEqualTo(sent.recipientLines())
                .anySatisfy(line -> assertThat(line).contains(contact.lastName()));
        assertThat(again.placeAndDate()).isEqualTo(sent.placeAndDate()).startsWith("Lyon, le ");
        assertThat(again.signatureName()).isEqualTo(sent.signatureName()).isEqualTo("Claire Martin");
        assertThat(again.signatureFunction()).isEqualTo(sent.signatureFunction());
        assertThat(again.french()).isTrue();
    }

    @Test
    void theSentLogNamesTheLetterAndTheContactOfEachEmail() {
        List<Contact> two = services.contacts().contacts().list().stream()
                .filter(c -> c.lastName().equals("ÉLÈVE1") || c.lastName().equals("ÉLÈVE2")).toList();
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template, two, options(0));
        services.letters().mailing().send(claire, "Secrétariat", plan, (done, total) -> { }, () -> false);
        // Cancelled (the server is away), they reach the log as cancelled messages.
        services.outbox().outbox().list(claire).forEach(e -> services.outbox().outbox().cancel(claire, e.id()));

        List<fr.missive.model.sentlog.SentEntry> logged = services.sentLog().list(claire,
                new fr.missive.model.sentlog.SentFilter(java.util.Set.of(), null, null, null, "eleve2"));

        assertThat(logged).singleElement().satisfies(e -> {
            assertThat(e.origin().template()).isEqualTo("Absence");
            Contact leaTwo = two.stream().filter(c -> c.lastName().equals("ÉLÈVE2")).findFirst().orElseThrow();
            assertThat(e.origin().contacts()).containsExactly(
                    new fr.missive.model.outbox.MailOrigin.ContactRef(leaTwo.id(), leaTwo.displayName()));
        });
    }

    @Test
    void aCancelKeepsWhatWasQueuedAndPrintsNothing() {
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template,
                services.contacts().contacts().list(), options(0));
        AtomicInteger seen = new AtomicInteger();

        // Cancelled once the first chunk is shown committed (its commit runs while later letters are
        // rendered): every letter built before the cancel is queued too.
        MailingSummary summary = services.letters().mailing().send(claire, "Secrétariat", plan,
                (done, total) -> seen.set(done), () -> seen.get() >= 50);

        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.queued()).isBetween(50, 119);
        assertThat(summary.printed()).isZero();
        assertThat(services.outbox().outbox().counts().get(OutboxState.QUEUED)).isEqualTo(summary.queued());
    }

    @Test
    void previewsOneRecipientsEmailAsItWillBeQueued() {
        MailingOptions options = MailingOptions.byEmail(Locale.FRENCH).attachPdf(true)
                .pdfNamePattern("Absence {{last_name}}").inline(true).subject("Absence — {{first_name}}")
                .intro("Bonjour,").letterFields(Map.of("date_absence", "3 mars")).build();
        List<Contact> contacts = services.contacts().contacts().list();
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template, contacts, options);

        Contact lea1 = contacts.stream().filter(c -> c.lastName().equals("ÉLÈVE1")).findFirst().orElseThrow();
        var mail = services.letters().mailing().preview(plan, lea1);

        assertThat(mail.to()).extracting(Object::toString).containsExactly("lea1@example.org");
        assertThat(mail.subject()).isEqualTo("Absence — Léa");
        assertThat(mail.text()).startsWith("Bonjour,\n\n").contains("Léa était absente le 3 mars.");
        assertThat(mail.html()).contains("<p style=").contains("Bonjour,").contains("3 mars");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("Absence ÉLÈVE1.pdf");
            assertThat(new String(a.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
    }

    @Test
    void theSignatureFollowsTheMessageAboveTheLetterBehindTheSeparatorWithItsFieldsMerged() {
        MailingOptions options = MailingOptions.byEmail(Locale.FRENCH).intro("Bonjour {{first_name}},")
                .signature("Le secrétariat de {{institution_name}}").letterFields(Map.of("date_absence", "3 mars"))
                .build();
        List<Contact> contacts = services.contacts().contacts().list();
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template, contacts, options);

        Contact lea1 = contacts.stream().filter(c -> c.lastName().equals("ÉLÈVE1")).findFirst().orElseThrow();
        var mail = services.letters().mailing().preview(plan, lea1);

        assertThat(mail.text()).startsWith("Bonjour Léa,\n\n-- \nLe secrétariat de ").doesNotContain("{{");
    }

    @Test
    void withNoMessageTheSentenceSayingTheLetterIsAttachedStillComesBeforeTheSignature() {
        MailingOptions options = MailingOptions.byEmail(Locale.FRENCH).intro("  ").signature("Le secrétariat")
                .letterFields(Map.of("date_absence", "3 mars")).build();
        List<Contact> contacts = services.contacts().contacts().list();
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template, contacts, options);

        var mail = services.letters().mailing().preview(plan, contacts.get(0));

        assertThat(mail.text()).isEqualTo("Veuillez trouver notre lettre en pièce jointe.\n\n-- \nLe secrétariat\n");
    }

    @Test
    void warnsWhenAMessageIsOverTheSizeLimit() {
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template,
                services.contacts().contacts().list(), options(10_000));

        assertThat(plan.warnings()).extracting(w -> w.key()).contains("mailing.warning.tooLarge");
    }

    @Test
    void onPaperOnlyEveryLetterIsWrittenNoneQueuedAndNoAccountIsNeeded() {
        List<Contact> contacts = services.contacts().contacts().list().subList(0, 3);
        MailingOptions paper = MailingOptions.onPaper(Locale.FRENCH).subject("TOUT EN MAJUSCULES ICI")
                .letterFields(Map.of("date_absence", "3 mars")).printFolder(files.resolve("papier")).build();
        MailingPlan plan = services.letters().mailing().plan(claire, null, template, contacts, paper);
        assertThat(plan.byEmail()).isEmpty();
        assertThat(plan.toPrint()).hasSize(3).allSatisfy(r -> assertThat(r.route()).isEqualTo(Route.ON_PAPER));
        assertThat(plan.warnings()).as("capitals matter for e-mail only").isEmpty();

        MailingSummary summary = services.letters().mailing().send(claire, null, plan, (done, total) -> { }, () -> false);

        assertThat(summary.queued()).isZero();
        assertThat(summary.printed()).isEqualTo(3);
        assertThat(summary.files()).hasSize(3).allSatisfy(f -> assertThat(f).exists());
        assertThat(services.outbox().outbox().waiting()).isZero();
    }

    @Test
    void typedAddressesBecomeRecipientsWhoAcceptEmailAndABadOneIsNamed() {
        List<Contact> typed = TypedRecipients.parse("direction@college-test.fr; cpe@college-test.fr,"
                + " direction@college-test.fr", java.time.LocalDate.of(2026, 11, 30));
        assertThat(typed).extracting(Contact::displayName)
                .containsExactly("direction@college-test.fr", "cpe@college-test.fr");
        MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template, typed, options(0));
        assertThat(plan.byEmail()).hasSize(2);

        assertThatThrownBy(() -> TypedRecipients.parse("cpe@college-test.fr, pas une adresse",
                java.time.LocalDate.of(2026, 11, 30)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("others"));
                    assertThat(Messages.forLocale(Locale.ENGLISH).get(e.errors().get(0).message()))
                            .contains("pas une adresse");
                });
    }
}
