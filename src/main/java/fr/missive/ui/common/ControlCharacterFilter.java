package fr.missive.ui.common;

import fr.missive.model.text.ControlCharacters;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.JTextComponent;

/**
 * Keeps control characters (NUL, escape …, pasted from another program) out of a text field,
 * as they are removed at every other entry: they print as nothing on a letter.
 */
public final class ControlCharacterFilter extends DocumentFilter {

    private ControlCharacterFilter() {
    }

    /** Installs the filter on the component's document. */
    public static void install(JTextComponent text) {
        if (text.getDocument() instanceof AbstractDocument document) {
            document.setDocumentFilter(new ControlCharacterFilter());
        }
    }

    @Override
    public void insertString(FilterBypass fb, int offset, String string, AttributeSet attr)
            throws BadLocationException {
        super.insertString(fb, offset, string == null ? null : ControlCharacters.remove(string), attr);
    }

    @Override
    public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
            throws BadLocationException {
        super.replace(fb, offset, length, text == null ? null : ControlCharacters.remove(text), attrs);
    }
}
