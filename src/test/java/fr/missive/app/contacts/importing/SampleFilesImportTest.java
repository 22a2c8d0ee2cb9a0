package fr.missive.app.contacts.importing;

import static fr.missive.app.contacts.importing.ImportTestSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two sample exports of src/test/resources/contacts, imported end to end. Both have a
 * single "legal guardian" name column: the address, e-mail and consent are the guardian's.
 */
class SampleFilesImportTest extends ImporterTestBase {

    /** The pupil's first guardian. */
    private Contact guardianOf(String lastName, String firstName) {
        return store.guardiansOf(contact(lastName, firstName).id()).get(0);
    }

    private List<Contact> guardians() {
        return contacts().stream().filter(c -> c.kind() == ContactKind.GUARDIAN).toList();
    }

    @Test
    void importsEveryRowOfTheWindows1252Sample() throws IOException {
        ImportReport report = importFile(sample(files, ImportTestSupport.CP1252_SAMPLE));
        assertThat(report.read()).isEqualTo(50);
        assertThat(report.inserted()).isEqualTo(50);
        assertThat(report.updated()).isZero();
        assertThat(report.rejected()).isZero();
        assertThat(report.corrected()).isEqualTo(2);
        assertThat(report.duplicates()).isZero();
        assertThat(report.dryRun()).isFalse();
        List<Contact> all = contacts();
        assertThat(all).filteredOn(c -> c.kind() == ContactKind.PUPIL).hasSize(50)
                .allSatisfy(c -> assertThat(c.email()).isNull());
        assertThat(store.allGuardianships()).hasSize(50);
        assertThat(guardians()).filteredOn(c -> c.email() != null).hasSize(44);
        assertThat(guardians()).filteredOn(c -> c.consent().accepts()).hasSize(46);
        assertThat(guardians()).allSatisfy(c -> {
            assertThat(c.consent().recordedOn()).isEqualTo(IMPORT_DAY);
            assertThat(c.consent().source()).isEqualTo("import eleves-responsables-cp1252.csv");
        });
    }

    @Test
    void keepsEveryFieldOfARowWithAccents() throws IOException {
        importFile(sample(files, ImportTestSupport.CP1252_SAMPLE));
        assertThat(contact("SAINT-ÉTIENNE", "Anaïs").className()).isEqualTo("SEGPA 4e");
        Contact c = guardianOf("SAINT-ÉTIENNE", "Anaïs");
        assertThat(c.displayName()).isEqualTo("Éloïse Saint-Étienne");
        assertThat(c.email()).hasToString("eloise.saint-etienne@wanadoo.fr");
        assertThat(c.address().lines()).containsExactly("87 boulevard Victor-Hugo");
        assertThat(c.address().postcode()).isEqualTo("67000");
        assertThat(c.address().city()).isEqualTo("Strasbourg");
        assertThat(c.custom()).isEmpty();
        assertThat(guardianOf("ØRSTED", "Noël").email()).hasToString("noe.rsted@laposte.net");
    }

    @Test
    void importsInvalidAddressesWithoutThemAndReportsTheirLines() throws IOException {
        ImportReport report = importFile(sample(files, ImportTestSupport.CP1252_SAMPLE));
        assertThat(report.issues()).extracting(RowIssue::line, RowIssue::severity, i -> i.reason().key())
                .containsExactly(
                        tuple(15, RowIssue.Severity.CORRECTED,
                                "import.emailDropped.SEVERAL_AT_SIGNS"),
                        tuple(23, RowIssue.Severity.CORRECTED,
                                "import.emailDropped.DOMAIN_WITHOUT_DOT"));
        assertThat(report.issues().get(0).reason().args()).containsExactly("jean.dupont@@orange.fr");
        assertThat(report.issues().get(1).reason().args()).containsExactly("marie.curie@orange");
        Contact moussa = guardianOf("LE GALL", "Moussa");
        assertThat(moussa.email()).isNull();
        assertThat(moussa.address().city()).isEqualTo("Marseille");
        assertThat(guardianOf("N'DIAYE", "Gabriel").email()).isNull();
    }

    @Test
    void trimsAnAddressAndLowerCasesOnlyItsDomain() throws IOException {
        importFile(sample(files, ImportTestSupport.CP1252_SAMPLE));
        EmailAddress email = guardianOf("LEROY", "Clément").email();
        assertThat(email).hasToString("Paul.Durand@free.fr");
        assertThat(email.localPart()).isEqualTo("Paul.Durand");
    }

    @Test
    void keepsQuotedSemicolonsAndSplitsAQuotedLineBreakIntoAddressLines() throws IOException {
        importFile(sample(files, ImportTestSupport.CP1252_SAMPLE));
        assertThat(guardianOf("LE BRAS", "Maëlys").address().lines()).containsExactly("12, rue des Écoles; bâtiment B");
        Contact oneill = guardianOf("O’NEILL", "Siobhán");
        assertThat(oneill.address().lines()).containsExactly("4 place Œuvre", "Résidence Les Pins");
        assertThat(oneill.address().postcode()).isEqualTo("69005");
        assertThat(oneill.address().city()).isEqualTo("Lyon");
        assertThat(oneill.displayName()).isEqualTo("Seán O’Neill");
    }

    @Test
    void readsOuiAndNonAsConsent() throws IOException {
        importFile(sample(files, ImportTestSupport.CP1252_SAMPLE));
        assertThat(guardianOf("BÉGUÉ", "Océane").consent().accepts()).isTrue();
        assertThat(guardianOf("LEFEBVRE", "Noé").consent().accepts()).isFalse();
        assertThat(guardianOf("LEFEBVRE", "Noé").reachableByEmail()).isFalse();
    }

    @Test
    void importsEveryRowOfTheUtf8SampleWithItsInternationalNames() throws IOException {
        ImportReport report = importFile(sample(files, ImportTestSupport.UTF8_SAMPLE));
        assertThat(report.read()).isEqualTo(6);
        assertThat(report.inserted()).isEqualTo(6);
        assertThat(report.issues()).isEmpty();
        assertThat(contacts()).filteredOn(c -> c.kind() == ContactKind.PUPIL).hasSize(6);
        assertThat(guardians()).hasSize(6);
        Contact nguyen = contact("Nguyễn", "Thị Hương");
        assertThat(nguyen.className()).isEqualTo("Year 9");
        assertThat(nguyen.custom()).isEmpty();
        assertThat(guardianOf("Wróbel", "Łukasz").address().city()).isEqualTo("Gdańsk");
        assertThat(guardianOf("Αλεξίου", "Νίκος").address().lines()).containsExactly("Οδός Ερμού 12");
        assertThat(guardianOf("Αλεξίου", "Νίκος").address().city()).isEqualTo("Αθήνα");
    }

    @Test
    void keepsAnInternationalisedDomainInUnicodeWithItsPunycode() throws IOException {
        importFile(sample(files, ImportTestSupport.UTF8_SAMPLE));
        EmailAddress rachid = guardianOf("El Amrani", "Mohamed").email();
        assertThat(rachid).hasToString("rachid@élève.fr");
        assertThat(rachid.toAscii()).isEqualTo("rachid@xn--lve-6lad.fr");
    }

    @Test
    void readsYesAndNoAsConsentAndAnEmptyAddressAsNone() throws IOException {
        importFile(sample(files, ImportTestSupport.UTF8_SAMPLE));
        Contact smith = guardianOf("Smith", "John");
        assertThat(smith.email()).isNull();
        assertThat(smith.consent().accepts()).isFalse();
        assertThat(guardianOf("Benali", "Yacine").consent().accepts()).isTrue();
    }
}
