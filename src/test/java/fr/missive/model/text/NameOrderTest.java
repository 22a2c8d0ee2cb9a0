package fr.missive.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameOrderTest {

    private final NameOrder order = new NameOrder(Collator.getInstance(Locale.FRENCH));

    private List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(Comparator.comparing(order::keyOf));
        return list;
    }

    @Test
    void accentedAndLowerCaseNamesSortWithTheirBaseLetter() {
        assertThat(sorted("Zoé", "Émile", "emma", "Eloïse", "ÉLUARD", "Adam", "édith"))
                .containsExactly("Adam", "édith", "Eloïse", "ÉLUARD", "Émile", "emma", "Zoé");
    }

    @Test
    void lettersThatAreNoAccentedLetterSortAsAFrenchReaderSpellsThem() {
        assertThat(sorted("ZOLA", "ØRSTED", "NGUYEN", "PETIT", "BÈGUE", "BERNARD"))
                .containsExactly("BÈGUE", "BERNARD", "NGUYEN", "ØRSTED", "PETIT", "ZOLA");
    }

    @Test
    void namesThatFoldAlikeAreOrderedByTheCollatorConsistently() {
        NameOrder.Key plain = order.keyOf("BEGUE");
        NameOrder.Key accented = order.keyOf("BÈGUE");
        NameOrder.Key lower = order.keyOf("Bègue");
        assertThat(plain.compareFolded(accented)).isZero();
        assertThat(plain.compareTo(accented)).isNotZero().isEqualTo(-accented.compareTo(plain));
        assertThat(Integer.signum(accented.compareTo(lower))).isEqualTo(-Integer.signum(lower.compareTo(accented)));
        assertThat(accented.compareTo(order.keyOf("BÈGUE"))).isZero();
    }

    @Test
    void aRepeatedNameIsGivenTheSameKeyOnce() {
        assertThat(order.keyOf("MARTIN")).isSameAs(order.keyOf("MARTIN"));
        assertThat(order.keyOf(null)).isSameAs(order.keyOf("")).hasToString("");
    }

    @Test
    void keysOrderAsTheFoldedThenCollatedTextsOnAWholeClassList() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        Comparator<String> reference = Comparator.<String, java.text.CollationKey>comparing(
                s -> collator.getCollationKey(Folding.name(s))).thenComparing(collator::getCollationKey);
        List<String> names = List.of("LE GALL", "LEGRAND", "Le Roux", "N'DIAYE", "O’NEILL", "SAINT-ÉTIENNE",
                "Saint-Étienne", "DA SILVA", "d'Arc", "Œuvrard", "OEUVRARD", "Ærø", "Łukasz", "Çelik", "CELIK",
                "Noël", "NOEL", "noel", "Noé", "", "Zoé", "Ø", "o");
        List<String> expected = new ArrayList<>(names);
        expected.sort(reference);
        assertThat(sorted(names.toArray(String[]::new))).containsExactlyElementsOf(expected);
    }
}
