package fr.missive.app.contacts.importing;

import static fr.missive.app.contacts.importing.ImportTestSupport.sample;
import static fr.missive.app.contacts.importing.ImportTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pupils and their legal guardians imported from the three shapes of file school systems and
 * spreadsheets write, into a real database: guardians become GUARDIAN contacts linked to the
 * pupil with their rank, known guardians are matched, not duplicated.
 */
class GuardianImportTest extends ImporterTestBase {

    /** One row per pupil, two column groups, French headers as a school system writes them. */
    private static final String PER_PUPIL_FR = """
            Nom;Prénom;Classe;Civilité resp. 1;Nom resp. 1;Prénom resp. 1;Adresse resp. 1;CP resp. 1;Commune resp. 1;\
            Courriel resp. 1;Téléphone resp. 1;Accepte les courriels resp. 1;Civilité responsable légal 2;\
            Nom responsable légal 2;Prénom responsable légal 2;Adresse resp. 2;CP resp. 2;Commune resp. 2;\
            Courriel resp. 2;Accepte les courriels resp. 2
            DURAND;Anaïs;4e B;Mme;DURAND;Claire;12 rue des Lilas;69003;Lyon;claire.durand@example.fr;06 11 22 33 44;Oui;\
            M.;MARTIN;Marc;3 place Bellecour;69002;Lyon;marc.martin@example.fr;Non
            PETIT;Zoé;6e A;Mme;PETIT;Inès;8 quai Saint-Vincent;69001;Lyon;ines.petit@example.fr;;Oui;;;;;;;;
            PETIT;Adam;3e C;Mme;PETIT;Inès;8 quai Saint-Vincent;69001;Lyon;ines.petit@example.fr;;Oui;M.;PETIT;Paul;\
            8 quai Saint-Vincent;69001;Lyon;;
            """;

    @Test
    void aRowPerPupilWithFrenchHeadersGivesSeparatedParentsEachTheirAddressAndConsent() throws IOException {
        ImportReport report = importFile(write(files, "eleves.csv", StandardCharsets.UTF_8, PER_PUPIL_FR));

        assertThat(report.inserted()).isEqualTo(3);
        assertThat(report.rejected()).isZero();
        assertThat(report.guardians()).isEqualTo(new ImportReport.Guardians(4, 0, 5));
        Contact anais = contact("DURAND", "Anaïs");
        assertThat(anais.kind()).isEqualTo(ContactKind.PUPIL);
        assertThat(anais.email()).isNull();
        List<Contact> guardians = store.guardiansOf(anais.id());
        assertThat(guardians).extracting(Contact::title, Contact::firstName, Contact::lastName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mme", "Claire", "DURAND"),
                        org.assertj.core.groups.Tuple.tuple("M.", "Marc", "MARTIN"));
        Contact mother = guardians.get(0);
        Contact father = guardians.get(1);
        assertThat(mother.kind()).isEqualTo(ContactKind.GUARDIAN);
        assertThat(mother.address()).isEqualTo(new PostalAddress(List.of("12 rue des Lilas"), "69003", "Lyon", ""));
        assertThat(mother.reachableByEmail()).isTrue();
        assertThat(mother.custom()).containsExactly(Map.entry("Téléphone", "06 11 22 33 44"));
        assertThat(father.address().lines()).containsExactly("3 place Bellecour");
        assertThat(father.email()).hasToString("marc.martin@example.fr");
        assertThat(father.reachableByEmail()).isFalse();
        assertThat(father.consent().source()).isEqualTo("import eleves.csv");
    }

    @Test
    void aGuardianOfTwoPupilsIsOneContactWithTwoChildren() throws IOException {
        importFile(write(files, "eleves.csv", StandardCharsets.UTF_8, PER_PUPIL_FR));

        List<Contact> ines = contacts().stream().filter(c -> c.firstName().equals("Inès")).toList();
        assertThat(ines).hasSize(1);
        assertThat(store.childrenOf(ines.get(0).id())).extracting(Contact::firstName).containsExactly("Adam", "Zoé");
        Contact adam = contact("PETIT", "Adam");
        assertThat(store.guardiansOf(adam.id())).extracting(Contact::firstName).containsExactly("Inès", "Paul");
        assertThat(store.guardiansOf(contact("PETIT", "Zoé").id())).extracting(Contact::firstName)
                .containsExactly("Inès");
    }

    @Test
    void englishHeadersWithOneGuardianPerPupil() throws IOException {
        ImportReport report = importFile(write(files, "pupils.csv", StandardCharsets.UTF_8, """
                Last name,First name,Class,Legal guardian 1 title,Guardian 1 last name,Guardian 1 first name,\
                Guardian 1 address,Guardian 1 postcode,Guardian 1 city,Legal guardian 1 e-mail,Guardian 1 accepts email
                Nguyen,Lan,Year 9,Mrs,Nguyen,Thi,8 Harbour Road,BT1 1AA,Belfast,thi.nguyen@example.org,yes
                """));

        assertThat(report.guardians()).isEqualTo(new ImportReport.Guardians(1, 0, 1));
        Contact lan = contact("Nguyen", "Lan");
        Contact guardian = store.guardiansOf(lan.id()).get(0);
        assertThat(guardian.displayName()).isEqualTo("Thi Nguyen");
        assertThat(guardian.title()).isEqualTo("Mrs");
        assertThat(guardian.address().city()).isEqualTo("Belfast");
        assertThat(guardian.reachableByEmail()).isTrue();
    }

    @Test
    void suggestsTheGuardianColumnGroupsFromFrenchAndEnglishHeaders() {
        ColumnMapping m = ColumnMapping.suggest(List.of("Nom", "Civilité resp. 1", "Nom resp. 1",
                "Prénom responsable légal 2", "Courriel resp. 1", "Adresse resp. 2", "CP resp. 2",
                "Accepte les courriels resp. 1", "Legal guardian 1 e-mail", "Guardian 2 last name",
                "Responsable légal", "Nom de l’élève", "Pupil first name", "Rang du responsable"));
        assertThat(m.targets()).containsExactly(ContactField.LAST_NAME, ContactField.GUARDIAN_1_TITLE,
                ContactField.GUARDIAN_1_LAST_NAME, ContactField.GUARDIAN_2_FIRST_NAME, ContactField.GUARDIAN_1_EMAIL,
                ContactField.GUARDIAN_2_ADDRESS_LINE_1, ContactField.GUARDIAN_2_POSTCODE,
                ContactField.GUARDIAN_1_CONSENT, ContactField.CUSTOM, ContactField.GUARDIAN_2_LAST_NAME,
                ContactField.GUARDIAN_NAME, ContactField.PUPIL_LAST_NAME, ContactField.PUPIL_FIRST_NAME,
                ContactField.GUARDIAN_RANK);
    }

    @Test
    void aRowPerGuardianNamingThePupilLinksEachGuardianWithTheirRank() throws IOException {
        ImportReport report = importFile(write(files, "responsables.csv", StandardCharsets.UTF_8, """
                Nom élève;Prénom élève;Classe;Rang du responsable;Civilité;Nom;Prénom;Adresse;Code postal;Commune;\
                Courriel;Accepte les courriels
                DURAND;Anaïs;4e B;2;M.;MARTIN;Marc;3 place Bellecour;69002;Lyon;marc.martin@example.fr;Non
                DURAND;Anaïs;4e B;1;Mme;DURAND;Claire;12 rue des Lilas;69003;Lyon;claire.durand@example.fr;Oui
                PETIT;Zoé;6e A;;Mme;PETIT;Inès;8 quai Saint-Vincent;69001;Lyon;ines.petit@example.fr;Oui
                PETIT;Adam;3e C;;Mme;PETIT;Inès;8 quai Saint-Vincent;69001;Lyon;ines.petit@example.fr;Oui
                PETIT;Adam;3e C;;M.;PETIT;Paul;8 quai Saint-Vincent;69001;Lyon;;Non
                """));

        assertThat(report.read()).isEqualTo(5);
        assertThat(report.inserted()).isEqualTo(3);
        assertThat(report.duplicates()).isZero();
        assertThat(report.issues()).isEmpty();
        assertThat(report.guardians()).isEqualTo(new ImportReport.Guardians(4, 0, 5));
        Contact anais = contact("DURAND", "Anaïs");
        assertThat(anais.kind()).isEqualTo(ContactKind.PUPIL);
        assertThat(anais.className()).isEqualTo("4e B");
        assertThat(store.guardiansOf(anais.id())).extracting(Contact::firstName).containsExactly("Claire", "Marc");
        assertThat(contact("DURAND", "Claire").className()).isEmpty();
        assertThat(contact("MARTIN", "Marc").reachableByEmail()).isFalse();
        Contact adam = contact("PETIT", "Adam");
        assertThat(store.guardiansOf(adam.id())).extracting(Contact::firstName).containsExactly("Inès", "Paul");
        assertThat(store.childrenOf(contact("PETIT", "Inès").id())).extracting(Contact::firstName)
                .containsExactly("Adam", "Zoé");
    }

    @Test
    void aSingleGuardianColumnMakesTheAddressAndEmailTheGuardiansNotThePupils() throws IOException {
        ImportReport report = importFile(sample(files, ImportTestSupport.CP1252_SAMPLE));

        assertThat(report.inserted()).isEqualTo(50);
        assertThat(report.guardians().linked()).isEqualTo(50);
        Contact anais = contact("SAINT-ÉTIENNE", "Anaïs");
        assertThat(anais.email()).isNull();
        assertThat(anais.address().isEmpty()).isTrue();
        assertThat(anais.className()).isEqualTo("SEGPA 4e");
        Contact eloise = store.guardiansOf(anais.id()).get(0);
        assertThat(eloise.kind()).isEqualTo(ContactKind.GUARDIAN);
        assertThat(List.of(eloise.title(), eloise.firstName(), eloise.lastName()))
                .containsExactly("Mme", "Éloïse", "Saint-Étienne");
        assertThat(eloise.email()).hasToString("eloise.saint-etienne@wanadoo.fr");
        assertThat(eloise.address().city()).isEqualTo("Strasbourg");
        Contact oneill = store.guardiansOf(contact("O’NEILL", "Siobhán").id()).get(0);
        assertThat(oneill.displayName()).isEqualTo("Seán O’Neill");
        assertThat(oneill.address().lines()).containsExactly("4 place Œuvre", "Résidence Les Pins");
    }

    @Test
    void aSingleGuardianColumnWithEnglishHeadersCutsTheNamesAfterThePupils() throws IOException {
        importFile(sample(files, ImportTestSupport.UTF8_SAMPLE));

        Contact lan = store.guardiansOf(contact("Nguyễn", "Thị Hương").id()).get(0);
        assertThat(List.of(lan.title(), lan.firstName(), lan.lastName())).containsExactly("Mrs", "Thị Lan", "Nguyễn");
        Contact rachid = store.guardiansOf(contact("El Amrani", "Mohamed").id()).get(0);
        assertThat(rachid.lastName()).isEqualTo("El Amrani");
        assertThat(rachid.firstName()).isEqualTo("Rachid");
        Contact smith = store.guardiansOf(contact("Smith", "John").id()).get(0);
        assertThat(smith.displayName()).isEqualTo("Smith");
        assertThat(smith.reachableByEmail()).isFalse();
    }

    @Test
    void aReimportThatMovesAGuardianUpdatesThatGuardian() throws IOException {
        importFile(write(files, "eleves.csv", StandardCharsets.UTF_8, PER_PUPIL_FR));
        long fatherId = contact("MARTIN", "Marc").id();
        int count = contacts().size();

        ImportReport again = importFile(write(files, "eleves-2.csv", StandardCharsets.UTF_8,
                PER_PUPIL_FR.replace("3 place Bellecour;69002", "40 avenue Jean-Jaurès;69007")
                        .replace("marc.martin@example.fr", "marc.martin@example.net")));

        assertThat(contacts()).hasSize(count);
        assertThat(again.guardians()).isEqualTo(new ImportReport.Guardians(0, 4, 0));
        Contact father = contact("MARTIN", "Marc");
        assertThat(father.id()).isEqualTo(fatherId);
        assertThat(father.address().lines()).containsExactly("40 avenue Jean-Jaurès");
        assertThat(father.address().postcode()).isEqualTo("69007");
        assertThat(father.email()).hasToString("marc.martin@example.net");
        assertThat(store.guardiansOf(contact("DURAND", "Anaïs").id())).extracting(Contact::id).contains(fatherId);
    }

    @Test
    void theSameFileAgainAddsNoGuardianAndNoLink() throws IOException {
        Path file = write(files, "eleves.csv", StandardCharsets.UTF_8, PER_PUPIL_FR);
        importFile(file);
        int count = contacts().size();

        ImportReport again = importFile(write(files, "eleves-copie.csv", StandardCharsets.UTF_8, PER_PUPIL_FR));

        assertThat(contacts()).hasSize(count);
        assertThat(again.guardians()).isEqualTo(new ImportReport.Guardians(0, 4, 0));
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(store.allGuardianships()).hasSize(5);
    }

    @Test
    void pupilsImportedBeforeGuardiansExistedGetTheirGuardiansWhenTheirFileIsImportedAgain() throws IOException {
        // As the import used to leave them: the guardian's address on the pupil, the name kept aside.
        Contact oldOceane = store.save(new Contact(null, ContactKind.PUPIL, "", "Océane", "BÉGUÉ", "3e A",
                new PostalAddress(List.of("172 rue de la République"), "20000", "Ajaccio", ""),
                EmailAddress.parse("lucas.begue@orange.fr"), Consent.given(IMPORT_DAY.minusYears(1), "import"),
                Map.of("Responsable légal", "M. Lucas Bégué")));

        ImportReport report = importFile(sample(files, ImportTestSupport.CP1252_SAMPLE));

        assertThat(report.inserted()).isEqualTo(49);
        assertThat(report.updated()).isEqualTo(1);
        Contact oceane = contact("BÉGUÉ", "Océane");
        assertThat(oceane.id()).isEqualTo(oldOceane.id());
        assertThat(oceane.email()).as("what the pupil had stays").hasToString("lucas.begue@orange.fr");
        Contact lucas = store.guardiansOf(oceane.id()).get(0);
        assertThat(lucas.displayName()).isEqualTo("Lucas Bégué");
        assertThat(lucas.email()).hasToString("lucas.begue@orange.fr");
        assertThat(contacts()).filteredOn(c -> c.kind() == ContactKind.PUPIL).hasSize(50);
    }

    @Test
    void aKnownGuardianIsMatchedBySameNamesAndEmailButAHomonymElsewhereIsAnotherPerson() throws IOException {
        Contact known = store.save(new Contact(null, ContactKind.GUARDIAN, "Mme", "Claire", "DURAND", "",
                PostalAddress.EMPTY, EmailAddress.parse("claire.durand@example.fr"),
                Consent.given(IMPORT_DAY, "saisie"), Map.of()));
        Contact homonym = store.save(new Contact(null, ContactKind.GUARDIAN, "M.", "Marc", "MARTIN", "",
                new PostalAddress(List.of("1 rue Ailleurs"), "75001", "Paris", ""), null,
                Consent.refused(IMPORT_DAY, "saisie"), Map.of()));

        ImportReport report = importFile(write(files, "eleves.csv", StandardCharsets.UTF_8, PER_PUPIL_FR));

        assertThat(report.guardians()).isEqualTo(new ImportReport.Guardians(3, 1, 5));
        List<Contact> guardians = store.guardiansOf(contact("DURAND", "Anaïs").id());
        assertThat(guardians.get(0).id()).isEqualTo(known.id());
        assertThat(guardians.get(0).address().city()).isEqualTo("Lyon");
        assertThat(guardians.get(1).id()).isNotEqualTo(homonym.id());
        assertThat(store.find(homonym.id()).orElseThrow().address().city()).isEqualTo("Paris");
    }

    @Test
    void aDryRunCountsTheGuardiansAndSavesNothing() throws IOException {
        Path file = write(files, "eleves.csv", StandardCharsets.UTF_8, PER_PUPIL_FR);
        CsvInspection inspection = inspector.inspect(file);

        ImportReport report = run(new ImportRequest(inspection, inspection.suggestedMapping(), ContactKind.PUPIL)
                .withDryRun(true));

        assertThat(report.guardians()).isEqualTo(new ImportReport.Guardians(4, 0, 5));
        assertThat(report.guardianSummary()).isPresent();
        ImportTestSupport.assertTranslated(report.guardianSummary().orElseThrow());
        assertThat(contacts()).isEmpty();
        assertThat(store.allGuardianships()).isEmpty();
    }

    /**
     * Links are written as soon as the contacts they name are handed over to be written, batch
     * by batch (see {@link GuardianLinking}): a later line that swaps a pupil's guardians, and a
     * pupil whose guardian was met and written batches earlier, must still end as the file says.
     */
    @Test
    void linksWrittenBatchesEarlierTakeTheRanksAndSiblingsOfLaterLines() throws IOException {
        int pupils = 5 * ImportPlan.BATCH / 2;
        StringBuilder text = new StringBuilder("Nom;Prénom;Classe;Nom resp. 1;Prénom resp. 1;Adresse resp. 1;"
                + "CP resp. 1;Commune resp. 1;Nom resp. 2;Prénom resp. 2;Adresse resp. 2;CP resp. 2;Commune resp. 2\n");
        for (int i = 0; i < pupils; i++) {
            text.append(row("ÉLÈVE" + i, "Léa", "MÈRE" + i, "Claire", "PÈRE" + i, "Marc", i));
        }
        // Pupil 0 again, the guardians swapped; then a sibling of pupil 0 with the same mother.
        text.append(row("ÉLÈVE0", "Léa", "PÈRE0", "Marc", "MÈRE0", "Claire", 0));
        text.append(row("ÉLÈVE0", "Noé", "MÈRE0", "Claire", "", "", 0));

        ImportReport report = importFile(write(files, "eleves.csv", StandardCharsets.UTF_8, text.toString()));

        assertThat(report.inserted()).isEqualTo(pupils + 1);
        assertThat(report.guardians()).isEqualTo(new ImportReport.Guardians(2 * pupils, 0, 2 * pupils + 1));
        assertThat(store.allGuardianships()).hasSize(2 * pupils + 1);
        assertThat(store.guardiansOf(contact("ÉLÈVE0", "Léa").id())).extracting(Contact::lastName)
                .containsExactly("PÈRE0", "MÈRE0");
        assertThat(store.guardiansOf(contact("ÉLÈVE0", "Noé").id())).extracting(Contact::lastName)
                .containsExactly("MÈRE0");
        assertThat(store.childrenOf(contact("MÈRE0", "Claire").id())).extracting(Contact::firstName)
                .containsExactly("Léa", "Noé");
        Contact last = contact("ÉLÈVE" + (pupils - 1), "Léa");
        assertThat(store.guardiansOf(last.id())).extracting(Contact::lastName)
                .containsExactly("MÈRE" + (pupils - 1), "PÈRE" + (pupils - 1));
    }

    private static String row(String last, String first, String guardian1, String first1, String guardian2,
                              String first2, int family) {
        String address = family + " rue des Lilas;69003;Lyon";
        return last + ";" + first + ";4e B;" + guardian1 + ";" + first1 + ";" + address + ";" + guardian2 + ";"
                + first2 + ";" + (guardian2.isEmpty() ? ";;" : address) + "\n";
    }
}
