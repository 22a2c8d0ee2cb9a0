package fr.missive.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import org.junit.jupiter.api.Test;

/** What is typed or pasted into a letter's fields loses its control characters. */
class ControlCharacterFilterTest {

    @Test
    void insertedAndReplacedTextLosesControlCharactersButKeepsLineBreaksAndTabs() throws BadLocationException {
        JTextArea area = new JTextArea();
        ControlCharacterFilter.install(area);
        area.getDocument().insertString(0, "Madame\u0000,\n\tbonjour\u001B.", null);
        assertThat(area.getText()).isEqualTo("Madame,\n\tbonjour.");
        area.setText("coll\u0002é");
        assertThat(area.getText()).isEqualTo("collé");
        area.select(0, 4);
        area.replaceSelection("\u0001éco");
        assertThat(area.getText()).isEqualTo("écoé");
    }
}
