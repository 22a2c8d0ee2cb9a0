package fr.missive.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33 6 12 34 56 78", "-2", "@SUM(1)", "\tcmd", "\rcmd", "'=already", "''+twice"})
    void aFormulaTriggerGetsOneApostropheThatReadingDropsAgain(String cell) {
        String written = SpreadsheetCells.neutralise(cell);
        assertThat(written).isEqualTo("'" + cell);
        assertThat(SpreadsheetCells.restore(written)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Dupont", "O'Neil", "'", "'plain", "12 = 12", "a-b"})
    void ordinaryCellsAreLeftAlone(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo(cell);
        assertThat(SpreadsheetCells.restore(cell)).isEqualTo(cell);
    }
}
