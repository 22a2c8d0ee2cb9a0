package fr.missive.app.contacts;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.i18n.Messages;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@NoDatabase
class ContactSelectionTest {

    private static Contact contact(long id, ContactKind kind, String first, String last, String className,
                                   String city) {
        return new Contact(id, kind, "", first, last, className, new PostalAddress(List.of("1 rue"), "69000", city, ""),
                EmailAddress.parse(Long.toString(id) + "@example.org"), Consent.given(LocalDate.of(2026, 9, 1), "t"),
                Map.of());
    }

    private static final List<Contact> CONTACTS = List.of(
            contact(1, ContactKind.PUPIL, "Océane", "BÈGUE", "3e A", "Lyon"),
            contact(2, ContactKind.GUARDIAN, "Lucas", "BÈGUE", "3e A", "Lyon"),
            contact(3, ContactKind.GUARDIAN, "Søren", "ØRSTED", "4e B", "Villeurbanne"),
            contact(4, ContactKind.TEACHER, "Jeanne", "MARTIN", "", "Bron"));

    private static List<Long> ids(String filter) {
        return ContactSelection.parse(filter).select(CONTACTS).stream().map(Contact::id).toList();
    }

    @Test
    void selectsByEachKindOfFilter() {
        assertThat(ids("all")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ids(" ALL ")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ids("kind=guardian")).containsExactly(2L, 3L);
        assertThat(ids("kind=Responsable")).containsExactly(2L, 3L);
        assertThat(ids("class=3e A")).containsExactly(1L, 2L);
        assertThat(ids("class= 3E a")).containsExactly(1L, 2L);
        assertThat(ids("ids=4, 1")).containsExactly(1L, 4L);
        assertThat(ids("search=begue lucas")).containsExactly(2L);
        assertThat(ids("search=orsted")).containsExactly(3L);
        assertThat(ids("search=villeurbanne")).containsExactly(3L);
        assertThat(ids("search=nobody")).isEmpty();
    }

    @Test
    void anythingElseIsAClearError() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        assertError("3e A", english, "Unknown contact filter \"3e A\": use all, kind=KIND, class=CLASS, ids=1,2,3"
                + " or search=TEXT.");
        assertError("colour=blue", english, "Unknown contact filter \"colour=blue\": use all, kind=KIND, class=CLASS,"
                + " ids=1,2,3 or search=TEXT.");
        assertError("kind=parents", english, "Unknown kind of contact \"parents\": use pupil, guardian, staff,"
                + " teacher or other.");
        assertError("ids=1,x", english, "\"x\" is not a contact number: give numbers separated by commas (ids=1,2,3).");
        assertError("class=", english, "Give a value after class=.");
        assertThatThrownBy(() -> ContactSelection.parse("ids=1,9").select(CONTACTS))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> english.get(((ValidationException) e).errorFor("contacts").orElseThrow()))
                .isEqualTo("No contact has the number 9.");
    }

    private static void assertError(String filter, Messages messages, String expected) {
        assertThatThrownBy(() -> ContactSelection.parse(filter)).as(filter).isInstanceOf(ValidationException.class)
                .extracting(e -> messages.get(((ValidationException) e).errorFor("contacts").orElseThrow()))
                .isEqualTo(expected);
    }
}
