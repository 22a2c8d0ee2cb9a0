package fr.missive.model.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateFingerprintTest {

    private static final String ABC_SHA256 =
            "BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD";

    @Test
    void isTheSha256OfTheEncodedCertificateInColonHex() {
        CertificateFingerprint f = CertificateFingerprint.of("abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(f.hex()).isEqualTo(ABC_SHA256);
        assertThat(f.matches("abc".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(f.matches("abd".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void parsesTheFormsPeopleCopy() {
        String lowerNoColons = ABC_SHA256.replace(":", "").toLowerCase(Locale.ROOT);

        assertThat(CertificateFingerprint.parse(lowerNoColons)).isEqualTo(CertificateFingerprint.parse(ABC_SHA256));
        assertThat(CertificateFingerprint.parse(ABC_SHA256.replace(":", " ")).hex()).isEqualTo(ABC_SHA256);
        assertThat(CertificateFingerprint.isValid("AB:CD")).isFalse();
        assertThatThrownBy(() -> CertificateFingerprint.parse("zz" + lowerNoColons.substring(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
