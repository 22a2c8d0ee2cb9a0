package fr.missive.model.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control characters never reach a merged letter, from the template or from the merge values. */
class MergeControlCharactersTest {

    @Test
    void mergeValuesAndTemplatesLoseTheirControlCharacters() {
        LetterTemplate template = new LetterTemplate("Con\u0000vocation", Category.OTHER, "Objet\u0001 {{date_rdv}}",
                "Bonjour\u0002 {{date_rdv}},\n\tà bientôt.", null);
        assertThat(template.designation()).isEqualTo("Convocation");
        MergedLetter merged = Merge.apply(template,
                MergeValues.builder().field("date_rdv", "lundi\u0000 12\u001B h").build());
        assertThat(merged.subject()).isEqualTo("Objet lundi 12 h");
        assertThat(merged.body()).isEqualTo("Bonjour lundi 12 h,\n\tà bientôt.");
    }
}
