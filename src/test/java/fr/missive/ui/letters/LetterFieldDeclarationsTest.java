package fr.missive.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterFieldDeclarationsTest {

    @Test
    void aLabelMakesItsCodeACodeStaysACodeAndBothNameAnExistingCode() {
        LetterFieldDeclarations.Declared declared = LetterFieldDeclarations.read(
                " Date du rendez-vous , heure_rdv; Salle de réunion (salle),, date_rdv ");
        assertThat(declared.fields()).containsExactly("date_du_rendez_vous", "heure_rdv", "salle", "date_rdv");
        assertThat(declared.labels()).containsExactly(Map.entry("date_du_rendez_vous", "Date du rendez-vous"),
                Map.entry("salle", "Salle de réunion"));
    }

    @Test
    void whatIsShownIsReadBackUnchanged() {
        List<String> fields = List.of("date_du_rendez_vous", "date_rdv", "heure_matin", "salle", "code");
        Map<String, String> labels = Map.of("date_du_rendez_vous", "Date du rendez-vous",
                "date_rdv", "Date du rendez-vous", "heure_matin", "Heure (matin)", "code", "code");
        String shown = LetterFieldDeclarations.show(fields, labels);
        assertThat(shown).isEqualTo("Date du rendez-vous, Date du rendez-vous (date_rdv), Heure (matin) (heure_matin),"
                + " salle, code (code)");
        LetterFieldDeclarations.Declared read = LetterFieldDeclarations.read(shown);
        assertThat(read.fields()).isEqualTo(fields);
        assertThat(read.labels()).isEqualTo(labels);
    }
}
