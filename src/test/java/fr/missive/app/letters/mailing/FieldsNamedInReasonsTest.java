package fr.missive.app.letters.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.letters.Preflight;
import fr.missive.cli.CliRunner;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of a mailing and the checks before it name a field a contact lacks as a person reads
 * it: a column of the contacts file by its header (« Régime »), a letter field by its declared
 * label, in the reader's language, while a misspelt field, which has no name, shows as typed. Real
 * data folder, contacts imported through the command line.
 */
@ExtendWith(DataFolderExtension.class)
class FieldsNamedInReasonsTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private OpenDataFolder services;
    private User claire;

    @BeforeEach
    void setUp(DataFolders dataFolders) throws IOException {
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        assertThat(cli.initCollege(
                "--address", "12 avenue des Frères-Lumière", "--postcode", "69008", "--city", "Lyon").exitCode())
                .isZero();
        Path file = files.resolve("eleves.csv");
        Files.writeString(file, "Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement;Régime\n"
                + "DURAND;Anaïs;3e A;1 rue Haute;69001;Lyon;anais@example.org;oui;Demi-pensionnaire\n"
                + "MARTIN;Noé;3e A;2 rue Basse;69001;Lyon;noe@example.org;oui;\n", StandardCharsets.UTF_8);
        assertThat(cli.run("contacts", "import", file.toString()).exitCode()).isZero();
        assertThat(cli.run("account", "add", "personal", "--name", "Secrétariat", "--address",
                "secretariat@college-test.fr", "--host", "127.0.0.1", "--port", "9", "--security", "none")
                .exitCode()).isZero();
        services = dataFolders.open(folder);
        services.outbox().outbox().worker().stop(java.time.Duration.ofSeconds(5));
        claire = services.setup().users().find("Claire Martin").orElseThrow();
    }

    private MailingPlan plan(String subject) {
        LetterTemplate template = new LetterTemplate("Cantine", null, subject,
                "{{first_name}} est {{regime}} à partir du {{date_debut}}.", List.of("date_debut"),
                Map.of("date_debut", "Date de début"));
        MailingOptions options = MailingOptions.byEmail(Locale.FRENCH).letterFields(Map.of("date_debut", "3 mars"))
                .printFolder(files.resolve("papier")).build();
        List<Contact> contacts = services.contacts().contacts().list();
        return services.letters().mailing().plan(claire, "Secrétariat", template, contacts, options);
    }

    private static PlannedRecipient noe(MailingPlan plan) {
        return plan.skipped().stream().filter(r -> r.contact().lastName().equals("MARTIN")).findFirst().orElseThrow();
    }

    @Test
    void aColumnAContactLacksIsNamedByItsHeaderInBothLanguages() {
        MailingPlan plan = plan("Cantine de {{first_name}}");

        assertThat(plan.skipped()).extracting(r -> r.contact().lastName()).containsExactly("MARTIN");
        PlannedRecipient noe = noe(plan);
        assertThat(noe.route()).isEqualTo(Route.UNKNOWN_FIELD);
        assertThat(Messages.forLocale(Locale.FRENCH).get(noe.reason()))
                .isEqualTo("Sans valeur pour ce contact\u00a0: Régime. Rien n’est envoyé.");
        assertThat(Messages.forLocale(Locale.ENGLISH).get(noe.reason()))
                .isEqualTo("No value for this contact: Régime. Nothing is sent.");
        assertThat(Messages.forLocale(Locale.FRENCH).withFieldCodes().get(noe.reason()))
                .contains("Régime ({{regime}})");
    }

    @Test
    void aMisspeltFieldInTheSubjectStaysAsTypedBesideTheLabelledOne() {
        MailingPlan plan = plan("Cantine de {{prenon}}");

        assertThat(plan.skipped()).hasSize(2);
        assertThat(Messages.forLocale(Locale.ENGLISH).get(noe(plan).reason()))
                .isEqualTo("No value for this contact: {{prenon}}, Régime. Nothing is sent.");
    }

    @Test
    void thePreflightNamesTheLackingColumnByItsHeaderAndAMissingLetterFieldByItsLabel() {
        LetterTemplate template = new LetterTemplate("Cantine", null, "Cantine",
                "{{first_name}} est {{regime}} à partir du {{date_debut}}.", List.of("date_debut"),
                Map.of("date_debut", "Date de début"));
        var composer = services.letters().composer();
        var context = composer.prepare(template, fr.missive.app.letters.LetterSender.of(claire), Map.of(),
                Locale.FRENCH);
        Preflight preflight = composer.check(context, services.contacts().contacts().list());

        assertThat(preflight.unknownFields()).containsExactly("regime");
        assertThat(preflight.blockers()).extracting(Messages.forLocale(Locale.FRENCH)::get).containsExactly(
                "Indiquez la valeur de ces champs pour cet envoi\u00a0: Date de début.",
                "Ces champs n’ont pas de valeur pour certains contacts\u00a0: Régime.");
        assertThat(Messages.forLocale(Locale.ENGLISH).get(preflight.blockers().get(1)))
                .isEqualTo("These fields have no value for some contacts: Régime.");
    }
}
