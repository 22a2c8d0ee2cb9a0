package fr.missive.ui.contacts;

import fr.missive.model.text.Folding;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactFilterTest {

    private static Contact pupil(String first, String last, String className, String email, String city) {
        return new Contact(1L, ContactKind.PUPIL, "", first, last, className, new PostalAddress(List.of(), "", city, ""),
                email.isEmpty() ? null : EmailAddress.parse(email), Consent.given(LocalDate.of(2026, 9, 1), ""), Map.of());
    }

    private final Contact oceane = pupil("Océane", "BÈGUE", "3e A", "oceane.begue@orange.fr", "Ajaccio");
    private final Contact noel = pupil("Noël", "ØRSTED", "3e B", "", "Rennes");

    @Test
    void matchesWithoutCaseOrAccents() {
        assertThat(new ContactFilter("begue", null, null).matches(oceane)).isTrue();
        assertThat(new ContactFilter("OCEANE", null, null).matches(oceane)).isTrue();
        assertThat(new ContactFilter("orsted", null, null).matches(noel)).isTrue();
        assertThat(new ContactFilter("begue", null, null).matches(noel)).isFalse();
    }

    @Test
    void everyWordMustMatchSomewhereAmongNameClassEmailAndCity() {
        assertThat(new ContactFilter("  oceane   ajaccio ", null, null).matches(oceane)).isTrue();
        assertThat(new ContactFilter("orange.fr 3e", null, null).matches(oceane)).isTrue();
        assertThat(new ContactFilter("oceane rennes", null, null).matches(oceane)).isFalse();
    }

    @Test
    void kindAndClassMustBeEqual() {
        assertThat(new ContactFilter("", ContactKind.PUPIL, "3e A").matches(oceane)).isTrue();
        assertThat(new ContactFilter("", ContactKind.GUARDIAN, null).matches(oceane)).isFalse();
        assertThat(new ContactFilter("", null, "3e B").matches(oceane)).isFalse();
        assertThat(ContactFilter.NONE.isActive()).isFalse();
        assertThat(new ContactFilter(" x", null, null).isActive()).isTrue();
    }

    @Test
    void foldsLettersWithoutDecompositionToWhatAKeyboardTypes() {
        assertThat(Folding.name("Łukasz Wróbel, Œuvre, Ørsted, Straße")).isEqualTo("lukasz wrobel, oeuvre, orsted, strasse");
        assertThat(Folding.name("Αλεξίου")).isEqualTo("αλεξιου");
    }
}
