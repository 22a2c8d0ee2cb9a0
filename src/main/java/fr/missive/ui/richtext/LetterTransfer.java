package fr.missive.ui.richtext;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import javax.swing.JComponent;
import javax.swing.TransferHandler;
import javax.swing.text.BadLocationException;

/**
 * Copy, cut and paste in the letter editor: a paste of {@code text/html} (Word, LibreOffice, a
 * web page) keeps what the letter can hold, through {@link HtmlPaste}; plain text is pasted line
 * by line; a copy gives the selection as text with its fields as {@code {{code}}}, so that a
 * field copied and pasted within the letter stays a field.
 */
final class LetterTransfer extends TransferHandler {

    private static final long serialVersionUID = 1L;
    private static final DataFlavor HTML = html();

    private final transient RichTextEditor editor;
    private final transient Predicate<String> known;

    LetterTransfer(RichTextEditor editor, Predicate<String> known) {
        this.editor = editor;
        this.known = known;
    }

    private static DataFlavor html() {
        try {
            return new DataFlavor("text/html;class=java.lang.String");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getSourceActions(JComponent c) {
        return COPY_OR_MOVE;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        int from = Math.min(editor.textPane().getSelectionStart(), editor.textPane().getSelectionEnd());
        int to = Math.max(editor.textPane().getSelectionStart(), editor.textPane().getSelectionEnd());
        StringBuilder text = new StringBuilder();
        LetterDocument doc = editor.document();
        try {
            for (int i = from; i < to; i++) {
                String field = doc.fieldAt(i);
                text.append(field != null ? "{{" + field + "}}" : doc.getText(i, 1));
            }
        } catch (BadLocationException e) {
            return null;
        }
        return new StringSelection(text.toString());
    }

    @Override
    protected void exportDone(JComponent source, Transferable data, int action) {
        if (action == MOVE) {
            int from = Math.min(editor.textPane().getSelectionStart(), editor.textPane().getSelectionEnd());
            int to = Math.max(editor.textPane().getSelectionStart(), editor.textPane().getSelectionEnd());
            editor.asOneEdit(() -> {
                try {
                    editor.document().remove(from, to - from);
                } catch (BadLocationException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(HTML) || support.isDataFlavorSupported(DataFlavor.stringFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        try {
            Transferable t = support.getTransferable();
            List<Para> paras;
            if (t.isDataFlavorSupported(HTML)) {
                paras = HtmlPaste.read((String) t.getTransferData(HTML), known);
            } else if (t.isDataFlavorSupported(DataFlavor.stringFlavor)) {
                paras = HtmlPaste.plain((String) t.getTransferData(DataFlavor.stringFlavor), known);
            } else {
                return false;
            }
            editor.paste(paras);
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }
}
