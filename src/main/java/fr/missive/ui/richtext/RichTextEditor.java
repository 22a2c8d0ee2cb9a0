package fr.missive.ui.richtext;

import java.awt.CardLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import fr.missive.ui.common.TextHistory;
import javax.swing.AbstractAction;
import java.awt.AWTKeyStroke;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledEditorKit;
import javax.swing.text.ViewFactory;

/**
 * A word-processor editor for a Markdown body with {@code {{field}}} codes: bold, italic,
 * headings and lists shown as printed, fields as atomic placeholders, and a "Source" view of the
 * Markdown.
 *
 * <p>Built on a {@link JTextPane} with a {@link javax.swing.text.StyledDocument} of our own rather
 * than on {@code HTMLEditorKit}: the Markdown subset maps onto paragraph and character attributes
 * one to one, so the document is read back into Markdown exactly (an HTML document would add its
 * own markup and normalise whitespace, and its editing actions produce HTML the letter format
 * cannot hold), and a field is one character the caret steps over and Backspace removes whole.
 */
public final class RichTextEditor {

    private final LetterDocument document = new LetterDocument();
    private final JTextPane pane = new JTextPane() {
        private static final long serialVersionUID = 1L;

        /** For an e-mail or a signature, the text is the stored one, as an HTML pane's is its HTML. */
        @Override
        public String getText() {
            return mail && document != null ? mailText() : super.getText();
        }

        @Override
        public void setText(String text) {
            if (mail && document != null) {
                replaceMailText(text);
            } else {
                super.setText(text);
            }
        }
    };
    private final JTextArea source = new JTextArea();
    private final JPanel cards = new JPanel(new CardLayout());
    /** Undo and redo of real edits, the toolbar's and paste's changes each one step. */
    private final TextHistory history;
    private final List<Runnable> listeners = new ArrayList<>();
    private final FieldCompletion completion;
    private final LetterViews views;
    private boolean loading;
    private boolean sourceShown;
    /** A text loaded with {@link #setMailText}, as stored and as shown; null for a letter body. */
    private String mailStored;
    private String mailShown;
    /** An e-mail body or a signature: the pane's text is the stored Markdown (see {@link #forMail}). */
    private boolean mail;

    /**
     * @param labelOf a field's label as a person reads it, from its code
     * @param known   whether a code names a field this letter may use (others are drawn pink)
     * @param choices the fields offered after {@code {{}, code to label, in menu order
     */
    public RichTextEditor(Function<String, String> labelOf, Predicate<String> known,
                          Supplier<Map<String, String>> choices) {
        views = new LetterViews(labelOf, known);
        pane.setEditorKit(new Kit(views));
        pane.setDocument(document);
        pane.setMargin(new Insets(8, 10, 8, 10));
        pane.setTransferHandler(new LetterTransfer(this, known));
        source.setLineWrap(true);
        source.setWrapStyleWord(true);
        source.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 13));
        source.setMargin(new Insets(8, 10, 8, 10));
        cards.add(new JScrollPane(pane), "rich");
        cards.add(new JScrollPane(source), "source");
        history = new TextHistory(pane);
        DocumentListener changed = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                fire();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                fire();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                fire();
            }
        };
        document.addDocumentListener(changed);
        source.getDocument().addDocumentListener(changed);
        completion = new FieldCompletion(this, choices);
        bindKeys();
    }

    /**
     * The editor of an e-mail body or a signature: its text pane's {@code getText}/{@code setText}
     * read and write the stored text (Markdown, line breaks kept), so that forms that compare or
     * fill texts (the discard check, tests) see what is stored rather than the placeholders.
     */
    public static RichTextEditor forMail(Function<String, String> labelOf, Predicate<String> known,
                                         Supplier<Map<String, String>> choices) {
        RichTextEditor editor = new RichTextEditor(labelOf, known, choices);
        editor.mail = true;
        return editor;
    }

    /** A whole new text set in place of the old one, kept as given until edited; undoable, as setText is. */
    private void replaceMailText(String text) {
        mailStored = text == null ? "" : text;
        String shown = LineBreaks.hard(mailStored);
        mailShown = shown;
        if (sourceShown) {
            source.setText(shown);
            return;
        }
        asOneEdit(() -> document.setMarkdown(shown));
    }

    private void fire() {
        if (!loading) {
            listeners.forEach(Runnable::run);
        }
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The editor with its source view, to put in a scroll-less layout cell. */
    public JComponent component() {
        return cards;
    }

    public JTextPane textPane() {
        return pane;
    }

    public JTextArea sourceArea() {
        return source;
    }

    LetterDocument document() {
        return document;
    }

    // ---- content

    /** Shows a stored body, with nothing to undo. */
    public void setMarkdown(String markdown) {
        loading = true;
        try {
            history.replacing(() -> document.setMarkdown(markdown == null ? "" : markdown));
            source.setText(markdown == null ? "" : markdown);
            pane.setCaretPosition(0);
            source.setCaretPosition(0);
        } finally {
            loading = false;
        }
    }

    /**
     * Shows an e-mail body or a signature: Markdown whose every line break is kept (older ones are
     * plain text), with nothing to undo.
     */
    public void setMailText(String stored) {
        mailStored = stored == null ? "" : stored;
        mailShown = LineBreaks.hard(mailStored);
        setMarkdown(mailShown);
    }

    /** The e-mail body or signature to store: the text as it was loaded when nothing was edited. */
    public String mailText() {
        String now = markdown();
        return mailShown != null && now.equals(mailShown) ? mailStored : now;
    }

    /** The body as stored: Markdown with {@code {{field}}} codes. */
    public String markdown() {
        return sourceShown ? source.getText() : document.markdown();
    }

    /** Shows the Markdown text (true) or the letter as printed (false); edits in either carry over. */
    public void showSource(boolean shown) {
        if (shown == sourceShown) {
            return;
        }
        if (shown) {
            String text = document.markdown();
            loading = true;
            try {
                source.setText(text);
                source.setCaretPosition(0);
            } finally {
                loading = false;
            }
        } else {
            String text = source.getText();
            boolean edited = !text.equals(document.markdown());
            if (edited) {
                loading = true;
                try {
                    history.replacing(() -> document.setMarkdown(text));
                } finally {
                    loading = false;
                }
            }
        }
        sourceShown = shown;
        ((CardLayout) cards.getLayout()).show(cards, shown ? "source" : "rich");
        (shown ? source : pane).requestFocusInWindow();
    }

    public boolean sourceShown() {
        return sourceShown;
    }

    /** The fields' names or validity changed: draws the placeholders again. */
    public void refreshFields() {
        views.forgetLabels();
        pane.repaint();
    }

    // ---- editing

    /** One undoable step for all that {@code change} does (nested steps are part of the outer one). */
    void asOneEdit(Runnable change) {
        history.asOneEdit(change);
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** A field in place of the selection, the caret after it. */
    public void insertField(String code) {
        int from = Math.min(pane.getSelectionStart(), pane.getSelectionEnd());
        int to = Math.max(pane.getSelectionStart(), pane.getSelectionEnd());
        replaceWithField(from, to, code);
        pane.requestFocusInWindow();
    }

    void replaceWithField(int from, int to, String code) {
        asOneEdit(() -> {
            try {
                boolean bold = false;
                boolean italic = false;
                if (from > 0) {
                    javax.swing.text.AttributeSet before = document.getCharacterElement(from - 1).getAttributes();
                    bold = StyleConstants.isBold(before) && before.isDefined(StyleConstants.Bold);
                    italic = StyleConstants.isItalic(before) && before.isDefined(StyleConstants.Italic);
                }
                document.remove(from, to - from);
                SimpleAttributeSet a = LetterDocument.characterAttributes(bold, italic);
                a.addAttribute(LetterDocument.FIELD, code);
                document.insertString(from, String.valueOf(LetterDocument.CHIP), a);
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
        pane.setCaretPosition(from + 1);
    }

    public void toggleBold() {
        toggleCharacter(StyleConstants.Bold);
    }

    public void toggleItalic() {
        toggleCharacter(StyleConstants.Italic);
    }

    private void toggleCharacter(Object key) {
        int from = Math.min(pane.getSelectionStart(), pane.getSelectionEnd());
        int to = Math.max(pane.getSelectionStart(), pane.getSelectionEnd());
        MutableAttributeSet input = pane.getInputAttributes();
        if (from == to) {
            // No selection: what is typed next is (or is no longer) bold, as in a word processor.
            input.addAttribute(key, !Boolean.TRUE.equals(input.getAttribute(key)));
            return;
        }
        boolean all = true;
        for (int i = from; i < to; i++) {
            javax.swing.text.AttributeSet a = document.getCharacterElement(i).getAttributes();
            all &= a.isDefined(key) && Boolean.TRUE.equals(a.getAttribute(key));
        }
        SimpleAttributeSet change = new SimpleAttributeSet();
        change.addAttribute(key, !all);
        asOneEdit(() -> document.setCharacterAttributes(from, to - from, change, false));
        input.addAttribute(key, !all);
    }

    public void toggleHeading() {
        toggleParagraphs(Para.Kind.HEADING, 2);
    }

    public void toggleBulletList() {
        toggleParagraphs(Para.Kind.BULLET, 1);
    }

    public void toggleNumberedList() {
        toggleParagraphs(Para.Kind.ORDERED, 1);
    }

    /** The paragraphs of the selection become {@code kind}, or plain paragraphs if all already are. */
    private void toggleParagraphs(Para.Kind kind, int level) {
        List<Element> paragraphs = selectedParagraphs();
        boolean all = paragraphs.stream().allMatch(p -> p.getAttributes().getAttribute(LetterDocument.KIND) == kind);
        asOneEdit(() -> {
            for (Element p : paragraphs) {
                Para para = document.para(p);
                int keepLevel = para.listItem() && kind != Para.Kind.HEADING ? para.level() : level;
                Para changed = all ? new Para(Para.Kind.BODY, 0, 0, ' ', para.continued(), para.runs())
                        : new Para(kind, keepLevel, 1, kind == Para.Kind.ORDERED ? '.' : '-', para.continued(),
                                para.runs());
                setParagraph(p, changed);
            }
        });
        pane.requestFocusInWindow();
    }

    private void setParagraph(Element p, Para para) {
        Object origin = p.getAttributes().getAttribute(LetterDocument.ORIGIN);
        document.setParagraphAttributes(p.getStartOffset(), 0, LetterDocument.paragraphAttributes(para,
                origin instanceof MarkdownSource.Block b ? b : null), true);
    }

    private List<Element> selectedParagraphs() {
        int from = Math.min(pane.getSelectionStart(), pane.getSelectionEnd());
        int to = Math.max(pane.getSelectionStart(), pane.getSelectionEnd());
        Element root = document.getDefaultRootElement();
        List<Element> out = new ArrayList<>();
        int last = root.getElementIndex(to > from ? to - 1 : to);
        for (int i = root.getElementIndex(from); i <= last; i++) {
            out.add(root.getElement(i));
        }
        return out;
    }

    /** Enter: a new paragraph (a new item in a list, the end of the list in an empty item); Shift+Enter: a new line. */
    void newLine(boolean hard) {
        int at = pane.getSelectionStart();
        asOneEdit(() -> {
            try {
                if (pane.getSelectionEnd() != at) {
                    document.remove(Math.min(at, pane.getSelectionEnd()), Math.abs(pane.getSelectionEnd() - at));
                }
                int pos = Math.min(at, pane.getSelectionEnd());
                Element p = document.getParagraphElement(pos);
                Para current = document.para(p);
                if (!hard && current.listItem() && current.runs().isEmpty()) {
                    setParagraph(p, new Para(Para.Kind.BODY, 0, 0, ' ', false, List.of()));
                    return;
                }
                document.insertString(pos, "\n", plainInput());
                Element next = document.getParagraphElement(pos + 1);
                Para.Kind kind = current.kind() == Para.Kind.HEADING && !hard ? Para.Kind.BODY : current.kind();
                setParagraph(next, new Para(kind, kind == Para.Kind.BODY ? 0 : current.level(), current.number(),
                        current.marker(), hard, document.para(next).runs()));
                pane.setCaretPosition(pos + 1);
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private SimpleAttributeSet plainInput() {
        SimpleAttributeSet a = new SimpleAttributeSet(pane.getInputAttributes());
        a.removeAttribute(LetterDocument.FIELD);
        a.removeAttribute(LetterDocument.SOFT_BREAK);
        return a;
    }

    /** Pasted lines at the caret, in place of the selection, as one undoable step. */
    void paste(List<Para> paras) {
        if (paras.isEmpty()) {
            return;
        }
        asOneEdit(() -> {
            try {
                int from = Math.min(pane.getSelectionStart(), pane.getSelectionEnd());
                int to = Math.max(pane.getSelectionStart(), pane.getSelectionEnd());
                document.remove(from, to - from);
                Element p = document.getParagraphElement(from);
                boolean atEmptyLine = p.getEndOffset() - p.getStartOffset() <= 1;
                List<MarkdownSource.Block> origins = new ArrayList<>();
                paras.forEach(x -> origins.add(null));
                int before = document.getLength();
                document.insertParas(from, paras, origins, atEmptyLine);
                pane.setCaretPosition(from + document.getLength() - before);
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void bindKeys() {
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_B, InputEvent.CTRL_DOWN_MASK), "missive.bold", this::toggleBold);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_I, InputEvent.CTRL_DOWN_MASK), "missive.italic", this::toggleItalic);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK), "missive.undo", this::undo);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK), "missive.redo", this::redo);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
                "missive.redo", this::redo);
        // Lists from the keyboard as in LibreOffice (F12, Shift+F12) and Word (Ctrl+Shift+L).
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_F12, 0), "missive.numberedList", this::toggleNumberedList);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_F12, InputEvent.SHIFT_DOWN_MASK), "missive.bulletList",
                this::toggleBulletList);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_L, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
                "missive.bulletList", this::toggleBulletList);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "missive.newParagraph", () -> newLine(false));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK), "missive.newLine",
                () -> newLine(true));
        // Tab and Ctrl+Tab leave the editor, as they leave any other field of the form.
        pane.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.of(
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, 0),
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK)));
        pane.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.of(
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK)));
        source.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS,
                pane.getFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS));
        source.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                pane.getFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS));
    }

    private void bind(KeyStroke key, String id, Runnable action) {
        pane.getInputMap().put(key, id);
        pane.getActionMap().put(id, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** The styled kit with our views, and text typed next to a field never becoming a field. */
    private static final class Kit extends StyledEditorKit {
        private static final long serialVersionUID = 1L;
        private final transient ViewFactory views;

        Kit(ViewFactory views) {
            this.views = views;
        }

        @Override
        public ViewFactory getViewFactory() {
            return views;
        }

        @Override
        protected void createInputAttributes(Element element, MutableAttributeSet set) {
            super.createInputAttributes(element, set);
            set.removeAttribute(LetterDocument.FIELD);
            set.removeAttribute(LetterDocument.SOFT_BREAK);
        }
    }
}
