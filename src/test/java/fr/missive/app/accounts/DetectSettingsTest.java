package fr.missive.app.accounts;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.mail.MxLookup;
import fr.missive.mail.ServerProbe;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Detection with a fake DNS and a fake prober: no traffic leaves the machine. */
@NoDatabase
class DetectSettingsTest {

    private final List<String> probed = new ArrayList<>();
    private final List<String> mxAsked = new ArrayList<>();

    private DetectSettings detector(Map<String, List<String>> mx, Set<String> answering) {
        MxLookup dns = domain -> {
            mxAsked.add(domain);
            return mx.getOrDefault(domain, List.of());
        };
        ServerProbe probe = (host, port, security, timeout) -> {
            probed.add(host + ":" + port);
            return answering.contains(host + ":" + port);
        };
        return new DetectSettings(new ProviderPresets(), dns, probe);
    }

    @Test
    void aProviderAddressGetsItsPresetWithoutAskingTheNetwork() {
        List<DetectedSettings> found = detector(Map.of(), Set.of()).detect("Claire.Martin@wanadoo.fr", () -> false);

        assertThat(found).first().satisfies(d -> {
            assertThat(d.confidence()).isEqualTo(DetectedSettings.Confidence.PRESET);
            assertThat(d.smtp().host()).isEqualTo("smtp.orange.fr");
            assertThat(d.smtp().port()).isEqualTo(465);
            assertThat(d.smtp().security()).isEqualTo(Security.TLS);
            assertThat(d.smtp().auth()).isEqualTo(AuthMethod.PASSWORD);
            assertThat(d.smtp().user()).isEqualTo("Claire.Martin@wanadoo.fr");
            assertThat(d.explanation().key()).isEqualTo("accounts.detect.PRESET");
        });
        assertThat(mxAsked).isEmpty();
        assertThat(probed).isEmpty();
    }

    @Test
    void gmailOffersStartTlsFirstThenSslTls() {
        List<DetectedSettings> found = detector(Map.of(), Set.of()).detect("paul@googlemail.com", () -> false);

        assertThat(found).extracting(d -> d.smtp().port()).containsExactly(587, 465);
        assertThat(found).extracting(d -> d.smtp().security()).containsExactly(Security.STARTTLS, Security.TLS);
    }

    @Test
    void aSchoolDomainHostedByMicrosoft365GetsThatPresetFromItsMxRecords() {
        List<DetectedSettings> found = detector(
                Map.of("college-exemple.fr", List.of("college-exemple-fr.mail.protection.outlook.com")), Set.of())
                .detect("secretariat@college-exemple.fr", () -> false);

        assertThat(found).hasSize(1).first().satisfies(d -> {
            assertThat(d.confidence()).isEqualTo(DetectedSettings.Confidence.MX);
            assertThat(d.smtp().host()).isEqualTo("smtp.office365.com");
            assertThat(d.providerPreset()).map(ProviderPreset::auth).contains(AuthMethod.OAUTH2);
            assertThat(d.smtp().auth()).as("proposed: sign in with Microsoft").isEqualTo(AuthMethod.OAUTH2);
            assertThat(d.smtp().user()).isEqualTo("secretariat@college-exemple.fr");
            assertThat(d.explanation().args()).contains("college-exemple-fr.mail.protection.outlook.com");
        });
        assertThat(probed).isEmpty();
    }

    @Test
    void aDomainHostedByGoogleGetsTheGmailPreset() {
        List<DetectedSettings> found = detector(
                Map.of("lycee-exemple.fr", List.of("aspmx.l.google.com", "alt1.aspmx.l.google.com")), Set.of())
                .detect("vie-scolaire@lycee-exemple.fr", () -> false);

        assertThat(found).first().satisfies(d -> assertThat(d.smtp().host()).isEqualTo("smtp.gmail.com"));
    }

    @Test
    void otherwiseTheServersThatAnswerOnTheUsualNamesAndPortsAreOffered() {
        List<DetectedSettings> found = detector(Map.of("ecole-exemple.fr", List.of("mx.ecole-exemple.fr")),
                Set.of("mail.ecole-exemple.fr:465"))
                .detect("direction@ecole-exemple.fr", () -> false);

        assertThat(probed).containsExactly("smtp.ecole-exemple.fr:587", "smtp.ecole-exemple.fr:465",
                "mail.ecole-exemple.fr:587", "mail.ecole-exemple.fr:465");
        assertThat(found).hasSize(1).first().satisfies(d -> {
            assertThat(d.confidence()).isEqualTo(DetectedSettings.Confidence.PROBED);
            assertThat(d.smtp().host()).isEqualTo("mail.ecole-exemple.fr");
            assertThat(d.smtp().security()).isEqualTo(Security.TLS);
            assertThat(d.providerPreset()).isEmpty();
        });
    }

    @Test
    void nothingFoundLeavesManualEntry() {
        assertThat(detector(Map.of(), Set.of()).detect("x@inconnu-exemple.fr", () -> false)).isEmpty();
    }

    @Test
    void aCancelStopsProbing() {
        List<DetectedSettings> found = detector(Map.of(), Set.of()).detect("x@inconnu-exemple.fr", () -> true);
        assertThat(found).isEmpty();
        assertThat(probed).isEmpty();
    }

    @Test
    void anAddressThatIsNotOneIsRefusedOnTheAddressField() {
        assertThatThrownBy(() -> detector(Map.of(), Set.of()).detect("secretariat", () -> false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("address")).isPresent());
    }
}
