package fr.missive.app.letters;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import fr.missive.model.UserMessage;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@NoDatabase
class FieldLabelLookupTest {

    private final LetterTemplate letter = new LetterTemplate("Convocation", Category.CONVOCATION, "", "x",
            List.of("date_rdv", "heure_rdv"), Map.of("date_rdv", "Date du rendez-vous"));

    @Test
    void namesStandardFieldsInTheLanguageLetterFieldsByTheirLabelAndColumnsByTheirHeader() {
        FieldLabelLookup french = FieldLabelLookup.of(letter, Locale.FRENCH).withColumns(List.of("Responsable légal"));
        FieldLabelLookup english = FieldLabelLookup.of(letter, Locale.ENGLISH).withColumns(List.of("Responsable légal"));
        assertThat(french.labels(List.of("first_name", "class", "date_rdv", "heure_rdv", "responsable_legal")))
                .containsExactly("Prénom", "Classe", "Date du rendez-vous", "Heure rdv", "Responsable légal");
        assertThat(english.labels(List.of("first_name", "class", "date_rdv", "responsable_legal")))
                .containsExactly("First name", "Class", "Date du rendez-vous", "Responsable légal");
    }

    @Test
    void aMessageNamesTheFieldsInTheLanguageItIsSaidInAndWithCodesOnTheCommandLine() {
        UserMessage missing = UserMessage.of("letters.preflight.missingFields",
                FieldLabelLookup.of(letter, Locale.FRENCH).names(List.of("date_rdv", "last_name")));
        assertThat(Messages.forLocale(Locale.ENGLISH).get(missing))
                .isEqualTo("Give the value of these fields for this sending: Date du rendez-vous, Last name.");
        assertThat(Messages.forLocale(Locale.FRENCH).get(missing))
                .isEqualTo("Indiquez la valeur de ces champs pour cet envoi\u00a0: Date du rendez-vous, Nom.");
        assertThat(Messages.forLocale(Locale.FRENCH).withFieldCodes().get(missing)).isEqualTo(
                "Indiquez la valeur de ces champs pour cet envoi\u00a0: Date du rendez-vous ({{date_rdv}}), Nom ({{last_name}}).");
    }
}
