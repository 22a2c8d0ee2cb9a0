package fr.missive.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import org.junit.jupiter.api.Test;

/** What is typed or pasted into a letter's fields loses its control characters. */
class ControlCharacterFilterTest {

    @Test
    void insertedAndReplacedTextLosesControlCharactersButKeepsLineBreaksAndTabs() throws Exception {
        List<String> texts = new ArrayList<>();
        // On the EDT, like every use of a Swing component (GUI tests in the same JVM check it).
        SwingUtilities.invokeAndWait(() -> {
            JTextArea area = new JTextArea();
            ControlCharacterFilter.install(area);
            try {
                area.getDocument().insertString(0, "Madame\u0000,\n\tbonjour\u001B.", null);
            } catch (BadLocationException e) {
                throw new AssertionError(e);
            }
            texts.add(area.getText());
            area.setText("coll\u0002é");
            texts.add(area.getText());
            area.select(0, 4);
            area.replaceSelection("\u0001éco");
            texts.add(area.getText());
        });
        assertThat(texts).containsExactly("Madame,\n\tbonjour.", "collé", "écoé");
    }
}
