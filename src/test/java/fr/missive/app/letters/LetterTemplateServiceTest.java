package fr.missive.app.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.FieldError;
import fr.missive.app.ValidationException;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.contacts.JdbcContactStore;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.letters.JdbcTemplateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates stored in a real HSQLDB file database. */
class LetterTemplateServiceTest {

    static final String CONVOCATION_BODY = """
            Madame, Monsieur,

            Votre enfant **{{first_name}}** ({{class}}) est convoqué le {{date_rdv}}.

            Je vous prie d’agréer l’expression de mes salutations distinguées.
            """;

    @TempDir
    Path folder;

    private Database db;
    private LetterTemplateService templates;
    private final User claire = new User(1L, "Claire Martin", null, Role.STAFF, null);
    private final User paul = new User(2L, "Paul Durand", null, Role.ADMIN, null);
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        JdbcContactStore contacts = new JdbcContactStore(db);
        contacts.save(new Contact(null, ContactKind.PUPIL, "", "Océane", "BÈGUE", "3e A", PostalAddress.EMPTY, null,
                Consent.given(LocalDate.of(2026, 9, 1), "test"), Map.of("Responsable légal", "M. Bègue")));
        templates = new LetterTemplateService(new JdbcTemplateStore(db), contacts,
                Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static LetterTemplate convocation() {
        return new LetterTemplate("Convocation", Category.CONVOCATION, "Convocation de {{full_name}}",
                CONVOCATION_BODY, List.of("date_rdv"));
    }

    private String messageFor(ValidationException e, String field) {
        return english.get(e.errorFor(field).orElseThrow());
    }

    @Test
    void storesEveryPartAndWhoChangedIt() {
        StoredTemplate created = templates.create(claire, convocation());
        StoredTemplate read = templates.find(created.id()).orElseThrow();
        assertThat(read.template()).isEqualTo(convocation());
        assertThat(read.template().body()).isEqualTo(CONVOCATION_BODY);
        assertThat(read.updatedBy()).isEqualTo("Claire Martin");
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));

        LetterTemplate changed = new LetterTemplate("Convocation", Category.CONVOCATION, "Objet modifié",
                "Texte {{responsable_legal}}", List.of());
        StoredTemplate updated = templates.update(paul, created.id(), changed);
        assertThat(updated.updatedBy()).isEqualTo("Paul Durand");
        assertThat(templates.get("CONVOCATION").template()).isEqualTo(changed);
    }

    @Test
    void aVeryLongBodyIsKeptWhole() {
        String body = "Paragraphe {{first_name}} é ü ł ő ễ.\n\n".repeat(1_000);
        StoredTemplate created = templates.create(claire, new LetterTemplate("Long", Category.OTHER, "", body));
        assertThat(templates.find(created.id()).orElseThrow().template().body()).isEqualTo(body);
    }

    @Test
    void listsByCategoryThenDesignationAsADictionary() {
        templates.create(claire, new LetterTemplate("Réunion", Category.MEETING, "", "x"));
        templates.create(claire, new LetterTemplate("Élection", Category.MEETING, "", "x"));
        templates.create(claire, new LetterTemplate("Absence", Category.ABSENCE, "", "x"));
        templates.create(claire, new LetterTemplate("Divers", Category.OTHER, "", "x"));
        assertThat(templates.list()).extracting(StoredTemplate::designation)
                .containsExactly("Absence", "Élection", "Réunion", "Divers");
        Map<Category, List<StoredTemplate>> groups = templates.byCategory();
        assertThat(groups).containsOnlyKeys(Category.values());
        assertThat(groups.get(Category.MEETING)).extracting(StoredTemplate::designation)
                .containsExactly("Élection", "Réunion");
        assertThat(groups.get(Category.CERTIFICATE)).isEmpty();
        assertThat(templates.list(Category.MEETING)).isEqualTo(groups.get(Category.MEETING));
    }

    @Test
    void refusesAnEmptyDesignationAndBodyWithOneErrorEach() {
        ValidationException e = catchValidation(
                () -> templates.create(claire, new LetterTemplate("  ", Category.OTHER, "", " \n ")));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("designation", "body");
        assertThat(messageFor(e, "designation")).isEqualTo("Required.");
        assertThat(messageFor(e, "body")).isEqualTo("The letter has no text.");
        assertThat(templates.list()).isEmpty();
    }

    @Test
    void refusesADesignationTakenWhateverTheCase() {
        templates.create(claire, convocation());
        ValidationException e = catchValidation(() -> templates.create(claire, convocation().withDesignation("convocation ")));
        assertThat(messageFor(e, "designation")).isEqualTo("A standard letter is already called \"Convocation\".");
    }

    @Test
    void anUnknownFieldIsReportedAsTypedWithTheValidFieldsByTheirLabels() {
        LetterTemplate misspelt = new LetterTemplate("x", Category.OTHER, "{{full_nam}}",
                "Bonjour {{frist_name}}, {{responsable_legal}} {{date_rdv}}", List.of("date_rdv"),
                Map.of("date_rdv", "Date du rendez-vous"));
        ValidationException e = catchValidation(() -> templates.create(claire, misspelt));
        assertThat(messageFor(e, "subject")).startsWith("Unknown field: {{full_nam}}. The fields you can use are: "
                + "Title, First name, Last name");
        // The contacts' column by its header, the letter's field by its declared label, no code.
        assertThat(messageFor(e, "body")).startsWith("Unknown field: {{frist_name}}.")
                .contains("Responsable légal", "Date du rendez-vous", "Today’s date")
                .doesNotContain("{{first_name}}", "responsable_legal", "date_rdv", "{{today}}");
        assertThat(Messages.forLocale(Locale.FRENCH).get(e.errorFor("body").orElseThrow()))
                .startsWith("Champ inconnu\u00a0: {{frist_name}}. Les champs utilisables sont\u00a0: Civilité, Prénom, Nom")
                .contains("Date du jour", "Responsable légal", "Date du rendez-vous").doesNotContain("first_name");
    }

    @Test
    void storesTheLabelsOfTheLetterFieldsAndRefusesOneWithASemicolon() {
        LetterTemplate labelled = new LetterTemplate("Convocation", Category.CONVOCATION, "Le {{date_rdv}}",
                CONVOCATION_BODY, List.of("date_rdv", "heure_rdv"), Map.of("date_rdv", " Date du  rendez-vous "));
        StoredTemplate created = templates.create(claire, labelled);
        LetterTemplate read = templates.find(created.id()).orElseThrow().template();
        assertThat(read.fieldLabels()).containsExactly(Map.entry("date_rdv", "Date du rendez-vous"));
        assertThat(read).isEqualTo(labelled);

        ValidationException e = catchValidation(() -> templates.update(claire, created.id(), new LetterTemplate(
                "Convocation", Category.CONVOCATION, "", "x", List.of("date_rdv"), Map.of("date_rdv", "Date; heure"))));
        assertThat(messageFor(e, "letterFields")).isEqualTo("The label “Date; heure” cannot hold a comma or a semicolon.");
        assertThat(templates.find(created.id()).orElseThrow().template()).isEqualTo(labelled);
    }

    @Test
    void anUnterminatedFieldGivesItsLine() {
        ValidationException e = catchValidation(() -> templates.create(claire,
                new LetterTemplate("x", Category.OTHER, "", "Madame,\n\nLe {{date_rdv à 17 h {{class}}.")));
        assertThat(messageFor(e, "body")).isEqualTo("Line 3: a field opened with {{ is not closed with }}.");
    }

    @Test
    void refusesLetterFieldsThatAreNoNamesOrStandardOnes() {
        ValidationException e = catchValidation(() -> templates.create(claire, new LetterTemplate("x", Category.OTHER,
                "", "Texte", List.of("date rdv", "city"))));
        assertThat(e.errors()).extracting(err -> english.get(err.message())).containsExactly(
                "“date rdv” cannot be a field name: use letters, digits and _ only.",
                "city is already a standard field: choose another name.");
    }

    @Test
    void duplicatesAsACopyNumberedWhenTaken() {
        StoredTemplate original = templates.create(claire, convocation());
        StoredTemplate copy = templates.duplicate(paul, original.id(), Locale.FRENCH);
        StoredTemplate second = templates.duplicate(paul, original.id(), Locale.FRENCH);
        StoredTemplate english = templates.duplicate(paul, original.id(), Locale.ENGLISH);
        assertThat(copy.designation()).isEqualTo("Copie de Convocation");
        assertThat(second.designation()).isEqualTo("Copie de Convocation (2)");
        assertThat(english.designation()).isEqualTo("Copy of Convocation");
        assertThat(copy.template().body()).isEqualTo(CONVOCATION_BODY);
        assertThat(copy.updatedBy()).isEqualTo("Paul Durand");
        assertThat(templates.list()).hasSize(4);
    }

    @Test
    void renamesAndDeletes() {
        StoredTemplate original = templates.create(claire, convocation());
        templates.create(claire, new LetterTemplate("Absence", Category.ABSENCE, "", "x"));
        ValidationException taken = catchValidation(() -> templates.rename(claire, original.id(), "absence"));
        assertThat(taken.errorFor("designation")).isPresent();
        StoredTemplate renamed = templates.rename(claire, original.id(), " Convocation 3e ");
        assertThat(renamed.designation()).isEqualTo("Convocation 3e");
        assertThat(renamed.template().body()).isEqualTo(CONVOCATION_BODY);

        templates.delete(claire, original.id());
        assertThat(templates.find(original.id())).isEmpty();
        assertThatThrownBy(() -> templates.delete(claire, original.id())).isInstanceOf(MissiveException.class)
                .extracting(ex -> english.get(((MissiveException) ex).userMessage()))
                .isEqualTo("There is no standard letter \"" + original.id() + "\".");
        assertThatThrownBy(() -> templates.get("Nope")).isInstanceOf(MissiveException.class);
    }

    @Test
    void validFieldNamesIncludeTheContactsCustomColumns() {
        assertThat(templates.customFieldNames()).containsExactly("responsable_legal");
        assertThat(templates.validFieldNames(convocation())).contains("first_name", "today", "responsable_legal",
                "date_rdv");
        LetterTemplate usingEleve = new LetterTemplate("x", Category.OTHER, "", "{{eleve}}");
        assertThat(templates.problems(usingEleve, null)).extracting(FieldError::field).containsExactly("body");
        assertThat(templates.problems(usingEleve, null, List.of("eleve"))).isEmpty();
    }

    private static ValidationException catchValidation(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }
}
