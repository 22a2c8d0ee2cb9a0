package fr.missive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.model.EmailAddress.InvalidEmailAddressException;
import fr.missive.model.EmailAddress.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void trimsAndLowerCasesTheDomainOnly() {
        EmailAddress a = EmailAddress.parse("  Paul.Durand@Free.FR ");
        assertThat(a).hasToString("Paul.Durand@free.fr");
        assertThat(a.localPart()).isEqualTo("Paul.Durand");
    }

    @Test
    void keepsAnInternationalisedDomainAndGivesItsAsciiForm() {
        EmailAddress a = EmailAddress.parse("rachid@Élève.fr");
        assertThat(a).hasToString("rachid@élève.fr");
        assertThat(a.toAscii()).isEqualTo("rachid@xn--lve-6lad.fr");
        assertThat(EmailAddress.parse("rachid@xn--lve-6lad.fr")).isEqualTo(a);
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY",
        "jean.dupont.orange.fr, NO_AT_SIGN",
        "jean.dupont@@orange.fr, SEVERAL_AT_SIGNS",
        "marie.curie@orange, DOMAIN_WITHOUT_DOT",
        ".jean@orange.fr, BAD_LOCAL_PART",
        "jean..dupont@orange.fr, BAD_LOCAL_PART",
        "jean dupont@orange.fr, BAD_LOCAL_PART",
        "jean@orange..fr, BAD_DOMAIN",
        "jean@-orange.fr, BAD_DOMAIN",
        "jean@orange.fr., BAD_DOMAIN",
        "jean@192.168.1.1, BAD_DOMAIN",
        "jean@orange_fr.com, BAD_DOMAIN"
    })
    void refusesWithTheReason(String input, Problem problem) {
        assertThatThrownBy(() -> EmailAddress.parse(input))
                .isInstanceOfSatisfying(InvalidEmailAddressException.class, e -> assertThat(e.problem()).isEqualTo(problem));
        assertThat(EmailAddress.isValid(input)).isFalse();
    }

    @Test
    void refusesAnAddressLongerThanSmtpAllows() {
        String domain = ("a".repeat(60) + ".").repeat(4) + "fr";
        assertThatThrownBy(() -> EmailAddress.parse("x".repeat(20) + "@" + domain))
                .isInstanceOfSatisfying(InvalidEmailAddressException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
    }

    @Test
    void acceptsPlusAndApostropheInTheLocalPart() {
        assertThat(EmailAddress.isValid("o'neill+ecole@gmail.com")).isTrue();
    }
}
