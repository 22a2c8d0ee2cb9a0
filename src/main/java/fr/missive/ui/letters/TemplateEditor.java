package fr.missive.ui.letters;

import fr.missive.app.letters.FieldScan;
import fr.missive.app.letters.FieldLabelLookup;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.FieldNames;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.MergeField;
import fr.missive.model.letters.MergeValues;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ControlCharacterFilter;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.TextHistory;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.richtext.RichTextEditor;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/**
 * The form of one standard letter: designation, category, subject, the fields asked for at
 * sending, and the body in a word-processor editor (bold, italic, headings, lists as printed,
 * fields as placeholders, a "Source" view of the Markdown) with its toolbar, "Insert field"
 * menu, undo/redo and the unknown fields listed under it.
 */
final class TemplateEditor {

    private static final List<MergeField> RECIPIENT_FIELDS = List.of(MergeField.TITLE, MergeField.FIRST_NAME,
            MergeField.LAST_NAME, MergeField.FULL_NAME, MergeField.CLASS, MergeField.ADDRESS_1, MergeField.ADDRESS_2,
            MergeField.ADDRESS_3, MergeField.POSTCODE, MergeField.CITY, MergeField.COUNTRY, MergeField.EMAIL);
    private static final List<MergeField> INSTITUTION_FIELDS = List.of(MergeField.INSTITUTION_NAME,
            MergeField.INSTITUTION_ADDRESS, MergeField.INSTITUTION_POSTCODE, MergeField.INSTITUTION_CITY,
            MergeField.INSTITUTION_PHONE);
    private static final List<MergeField> SENDING_FIELDS = List.of(MergeField.SENDER_NAME, MergeField.SENDER_FUNCTION,
            MergeField.TODAY);

    /** More fields than this in one section go to a submenu. */
    private static final int LONGEST_SECTION = 8;

    private final UiContext context;
    private final Runnable onChange;
    private final JPanel panel = new JPanel();
    private final JTextField designation = new JTextField(12);
    private final JComboBox<Choice<Category>> category = new JComboBox<>();
    /** Kept as loaded (set in the .md file or the database): editing the text does not change to whom it is written. */
    private fr.missive.model.letters.Addressing addressing = fr.missive.model.letters.Addressing.CONTACT;
    private final JTextField subject = new JTextField(12);
    private final JTextField letterFields = new JTextField(12);
    /** A field's label as the secretary reads it; replaceable when declared labels exist. */
    private Function<String, String> labelOf = this::defaultLabel;
    private final RichTextEditor richBody = new RichTextEditor(code -> labelOf.apply(code),
            code -> validNames().contains(code), this::fieldChoices);
    private final JTextPane body = richBody.textPane();
    private final JToggleButton sourceToggle = new JToggleButton();
    private final JTextArea fieldsMessage = new JTextArea();
    private final JPopupMenu fieldMenu = new JPopupMenu();
    private final FieldErrors errors;
    private final FieldMarks subjectMarks = new FieldMarks(subject);
    private final TextHistory subjectHistory = new TextHistory(subject);
    /** The subject's fields as chips, « Prénom »; created after the control-character filters (it replaces the subject's). */
    private FieldLine subjectLine;
    private Map<String, String> subjectFields = Map.of();
    private JTextComponent lastText = body;
    private List<String> customFields = List.of();
    private List<String> customHeaders = List.of();
    private LetterTemplate saved;
    private boolean loading;

    TemplateEditor(UiContext context, Runnable onChange) {
        this.context = context;
        this.onChange = onChange;
        this.errors = new FieldErrors(context::messages);
        for (Category c : Category.values()) {
            category.addItem(new Choice<>(c, context.text("ui.letters.category." + c.name())));
        }
        build();
        load(null);
    }

    private void build() {
        panel.setName("letterEditor");
        panel.setLayout(new MigLayout("insets 0, wrap 2, fill, hidemode 3", "[right][grow,fill]",
                "[][][][][]0[][grow,fill][][]"));
        field("ui.letters.designation", "designation", "letter.designation", designation);
        field("ui.letters.category", "category", "letter.category", category);
        field("ui.letters.subject", "subject", "letter.subject", subject);
        field("ui.letters.letterFields", "letterFields", "letter.letterFields", letterFields);
        // Wrapped: on one line it set the middle column's least width and squeezed the preview at 1366×768.
        panel.add(Swing.wrappedHint(context.text("ui.letters.letterFieldsHint"), 360), "skip 1");
        panel.add(toolbar(), "span 2, growx, gaptop 6");
        for (JTextComponent text : List.of(designation, body, richBody.sourceArea())) {
            ControlCharacterFilter.install(text);
        }
        subjectLine = new FieldLine(subject);
        JComponent scroll = richBody.component();
        scroll.setName("letter.bodyScroll");
        ReadAloud.named(body, context.text("ui.a11y.letters.body"));
        richBody.sourceArea().setName("letter.source");
        ReadAloud.named(richBody.sourceArea(), context.text("ui.a11y.letters.source"));
        panel.add(errors.register("body", new FieldCell("letter.body", body, scroll)), "span 2, grow, push");
        panel.add(Swing.wrappedHint(context.text("ui.letters.editorHint", "{{"), 440), "span 2, growx");
        // A text area rather than a label: it wraps to the editor's width, and the names can be copied.
        fieldsMessage.setName("letter.fieldsMessage");
        fieldsMessage.setEditable(false);
        fieldsMessage.setLineWrap(true);
        fieldsMessage.setWrapStyleWord(true);
        fieldsMessage.setOpaque(false);
        fieldsMessage.setBorder(null);
        fieldsMessage.setFocusable(false);
        fieldsMessage.setFont(designation.getFont());
        fieldsMessage.putClientProperty("FlatLaf.style", "foreground: $Component.error.focusedBorderColor; "
                + "disabledBackground: null; inactiveBackground: null");
        panel.add(fieldsMessage, "span 2, growx, w 100:100:n, gaptop 4");
        fieldMenu.setName("letter.fieldMenu");
        for (JTextComponent text : List.of(designation, subject, letterFields)) {
            Swing.onTextChange(text, t -> changed());
        }
        richBody.onChange(this::changed);
        category.addActionListener(e -> changed());
        subjectHistory.bindKeys();
        for (JTextComponent text : List.of(body, richBody.sourceArea())) {
            String id = "missive.toggleSource";
            text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_M, KeyEvent.CTRL_DOWN_MASK
                    | KeyEvent.SHIFT_DOWN_MASK), id);
            text.getActionMap().put(id, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    sourceToggle.doClick();
                }
            });
        }
        FocusAdapter remember = new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                lastText = (JTextComponent) e.getComponent();
            }
        };
        body.addFocusListener(remember);
        richBody.sourceArea().addFocusListener(remember);
        subject.addFocusListener(remember);
    }

    private void field(String labelKey, String field, String componentName, JComponent input) {
        panel.add(Swing.label(context.text(labelKey), input));
        panel.add(errors.register(field, new FieldCell(componentName, input)));
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setName("letter.toolbar");
        bar.setFloatable(false);
        bar.add(tool("letter.bold", "B", "ui.letters.bold", () -> format(richBody::toggleBold, "**"), Font.BOLD));
        bar.add(tool("letter.italic", "I", "ui.letters.italic", () -> format(richBody::toggleItalic, "*"),
                Font.ITALIC));
        bar.addSeparator();
        bar.add(tool("letter.heading", context.text("ui.letters.headingShort"), "ui.letters.heading",
                () -> block(richBody::toggleHeading, "## "), Font.BOLD));
        bar.add(tool("letter.bulletList", "\u2022 " + context.text("ui.letters.listShort"), "ui.letters.bulletList",
                () -> block(richBody::toggleBulletList, "- "), Font.PLAIN));
        bar.add(tool("letter.numberedList", "1. " + context.text("ui.letters.listShort"), "ui.letters.numberedList",
                () -> block(richBody::toggleNumberedList, "#. "), Font.PLAIN));
        bar.addSeparator();
        JButton insert = tool("letter.insertField", context.text("ui.letters.insertField") + " \u25BE",
                "ui.letters.insertFieldTip", () -> { }, Font.PLAIN);
        insert.addActionListener(e -> {
            rebuildFieldMenu();
            fieldMenu.show(insert, 0, insert.getHeight());
        });
        bar.add(insert);
        bar.addSeparator();
        bar.add(tool("letter.undo", "\u21B6", "ui.letters.undo", () -> undo(), Font.PLAIN));
        bar.add(tool("letter.redo", "\u21B7", "ui.letters.redo", () -> redo(), Font.PLAIN));
        bar.addSeparator();
        sourceToggle.setName("letter.sourceToggle");
        sourceToggle.setText(context.text("ui.letters.source"));
        sourceToggle.setToolTipText(context.text("ui.letters.sourceTip"));
        sourceToggle.setFocusable(false);
        sourceToggle.addActionListener(e -> richBody.showSource(sourceToggle.isSelected()));
        bar.add(sourceToggle);
        return bar;
    }

    private JButton tool(String name, String text, String tipKey, Runnable action, int style) {
        JButton button = Swing.button(name, text, action);
        button.setToolTipText(context.text(tipKey));
        button.setFont(button.getFont().deriveFont(style));
        button.setFocusable(false);
        return button;
    }

    /** Bold or italic: styled in the editor, Markdown markers in the source view. */
    private void format(Runnable styled, String marker) {
        if (richBody.sourceShown()) {
            JTextArea source = richBody.sourceArea();
            apply(source, null, MarkdownEdit.wrap(source.getText(), source.getSelectionStart(),
                    source.getSelectionEnd(), marker));
        } else {
            styled.run();
        }
    }

    private void block(Runnable styled, String prefix) {
        if (richBody.sourceShown()) {
            JTextArea source = richBody.sourceArea();
            apply(source, null, MarkdownEdit.prefixLines(source.getText(), source.getSelectionStart(),
                    source.getSelectionEnd(), prefix));
        } else {
            styled.run();
        }
    }

    private void undo() {
        if (lastText == subject) {
            subjectHistory.undo();
        } else {
            richBody.undo();
        }
    }

    private void redo() {
        if (lastText == subject) {
            subjectHistory.redo();
        } else {
            richBody.redo();
        }
    }

    private static void apply(JTextComponent text, TextHistory history, MarkdownEdit edit) {
        Runnable change = () -> {
            try {
                text.getDocument().remove(edit.start(), edit.end() - edit.start());
                text.getDocument().insertString(edit.start(), edit.replacement(), null);
            } catch (BadLocationException e) {
                throw new IllegalStateException("Toolbar edit outside the text", e);
            }
        };
        if (history == null) {
            change.run();
        } else {
            history.asOneEdit(change);
        }
        text.select(edit.selectStart(), edit.selectEnd());
        text.requestFocusInWindow();
    }

    /** Inserts {@code {{name}}} where the caret is, in the body or the subject (whichever had the focus last). */
    void insertField(String name) {
        JTextComponent target = lastText;
        if (target == body) {
            richBody.insertField(name);
            return;
        }
        if (target == subject) {
            refreshSubjectFields();
            int start = subject.getSelectionStart();
            String chip = subjectLine.chip(name);
            apply(subject, subjectHistory, new MarkdownEdit(start, subject.getSelectionEnd(), chip,
                    start + chip.length(), start + chip.length()));
            return;
        }
        apply(target, null, MarkdownEdit.insertField(target.getSelectionStart(), target.getSelectionEnd(), name));
    }

    /** The label of a field: its name in the user's language, or its code said as words. */
    private String defaultLabel(String code) {
        return labels().label(code);
    }

    /** Another source of labels (declared labels of letter fields, French contact fields). */
    void setLabelOf(Function<String, String> labels) {
        this.labelOf = labels;
        richBody.refreshFields();
    }

    /** The fields offered after {{, in the order of the "Insert field" menu. */
    private Map<String, String> fieldChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (List<MergeField> fields : List.of(RECIPIENT_FIELDS, INSTITUTION_FIELDS, SENDING_FIELDS)) {
            fields.forEach(f -> choices.put(f.fieldName(), labelOf.apply(f.fieldName())));
        }
        customFields.forEach(n -> choices.put(n, labelOf.apply(n)));
        declaredLetterFields().forEach(n -> choices.put(n, labelOf.apply(n)));
        return choices;
    }

    private void rebuildFieldMenu() {
        fieldMenu.removeAll();
        section("ui.letters.fields.recipient", RECIPIENT_FIELDS);
        section("ui.letters.fields.institution", INSTITUTION_FIELDS);
        section("ui.letters.fields.sending", SENDING_FIELDS);
        names("ui.letters.fields.custom", customFields);
        names("ui.letters.fields.letter", declaredLetterFields());
    }

    private void section(String titleKey, List<MergeField> fields) {
        header(titleKey);
        for (MergeField field : fields) {
            fieldItem(fieldMenu, field.fieldName(), labelOf.apply(field.fieldName()));
        }
    }

    private void names(String titleKey, List<String> names) {
        FieldLabelLookup labels = labels();
        if (names.isEmpty()) {
            return;
        }
        if (names.size() <= LONGEST_SECTION) {
            header(titleKey);
            names.forEach(name -> fieldItem(fieldMenu, name, labels.label(name)));
            return;
        }
        // A file with many extra columns: in a submenu, so the menu still fits on the screen.
        fieldMenu.addSeparator();
        JMenu more = new JMenu(context.text(titleKey));
        more.setName("letter.fieldMenu." + titleKey.substring(titleKey.lastIndexOf('.') + 1));
        names.forEach(name -> fieldItem(more, name, labels.label(name)));
        fieldMenu.add(more);
    }

    private void header(String titleKey) {
        if (fieldMenu.getComponentCount() > 0) {
            fieldMenu.addSeparator();
        }
        JLabel title = new JLabel(context.text(titleKey));
        title.putClientProperty("FlatLaf.styleClass", "small");
        title.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
        title.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        fieldMenu.add(title);
    }

    private void fieldItem(javax.swing.JComponent menu, String name, String label) {
        JMenuItem item = new JMenuItem(label);
        item.setName("field." + name);
        item.setToolTipText("{{" + name + "}}");
        item.addActionListener(e -> insertField(name));
        menu.add(item);
    }

    /** The contacts' extra CSV columns by their headers, found in the background by the window. */
    void setCustomColumns(List<String> headers) {
        customHeaders = List.copyOf(headers);
        customFields = headers.stream().map(MergeValues::customFieldName).filter(n -> !n.isEmpty()).distinct()
                .toList();
        markFields();
    }

    /** What a person reads for each field of the letter as it stands. */
    FieldLabelLookup labels() {
        return FieldLabelLookup.of(current(), context.messages().locale()).withColumns(customHeaders);
    }

    /** Shows a template ({@code null}: a new, empty one), with nothing to undo and nothing unsaved. */
    void load(LetterTemplate template) {
        loading = true;
        try {
            LetterTemplate t = template == null ? new LetterTemplate("", Category.OTHER, "", "") : template;
            addressing = t.addressing();
            designation.setText(t.designation());
            Swing.select(category, t.category());
            refreshSubjectFields();
            subjectLine.setCodes(t.subject());
            letterFields.setText(LetterFieldDeclarations.show(t.letterFields(), t.fieldLabels()));
            if (richBody.sourceShown()) {
                sourceToggle.setSelected(false);
                richBody.showSource(false);
            }
            richBody.setMarkdown(t.body());
            designation.setCaretPosition(0);
            subject.setCaretPosition(0);
            errors.clear();
            subjectHistory.forget();
            saved = current();
        } finally {
            loading = false;
        }
        markFields();
    }

    /** A new template of {@code kind}, not saved yet. */
    void startNew(Category kind) {
        load(null);
        Swing.select(category, kind);
        saved = current();
        designation.requestFocusInWindow();
    }

    /** After a save: what is shown is what is stored. */
    void markSaved(LetterTemplate stored) {
        saved = stored;
    }

    LetterTemplate current() {
        Category chosen = Swing.selected(category);
        LetterFieldDeclarations.Declared declared = LetterFieldDeclarations.read(letterFields.getText());
        return new LetterTemplate(designation.getText().strip(), chosen, subjectLine.codes(), richBody.markdown(),
                declared.fields(), declared.labels(), addressing);
    }

    private List<String> declaredLetterFields() {
        return LetterFieldDeclarations.read(letterFields.getText()).fields();
    }

    boolean unsaved() {
        return !current().equals(saved);
    }

    FieldErrors errors() {
        return errors;
    }

    JPanel panel() {
        return panel;
    }

    JTextComponent designationInput() {
        return designation;
    }

    private void changed() {
        if (loading) {
            return;
        }
        markFields();
        onChange.run();
    }

    /** Every name a field may have in this template. */
    Set<String> validNames() {
        Set<String> valid = new LinkedHashSet<>(MergeField.names());
        valid.addAll(customFields);
        valid.addAll(declaredLetterFields());
        return valid;
    }

    /** The subject shows the fields the letter may use by their labels; re-shown only when they change. */
    private void refreshSubjectFields() {
        Map<String, String> choices = fieldChoices();
        if (!choices.equals(subjectFields)) {
            subjectFields = choices;
            boolean wasLoading = loading;
            loading = true;
            try {
                subjectLine.setFields(choices);
            } finally {
                loading = wasLoading;
            }
        }
    }

    private void markFields() {
        refreshSubjectFields();
        Set<String> valid = validNames();
        Set<String> unknown = new LinkedHashSet<>(subjectMarks.update(valid));
        FieldScan bodyScan = FieldScan.of(richBody.markdown());
        bodyScan.names().stream().filter(n -> !valid.contains(n)).forEach(unknown::add);
        richBody.refreshFields();
        List<String> lines = new ArrayList<>();
        FieldLabelLookup labels = labels();
        FieldNames validNames = labels.names(valid);
        if (!unknown.isEmpty()) {
            lines.add(context.text("letters.template.unknownFields", FieldNames.typed(unknown), validNames));
        }
        if (subjectMarks.unterminated() || bodyScan.openedAt().isPresent()) {
            lines.add(context.text("letters.preflight.unterminated", "{{"));
        }
        fieldsMessage.setText(String.join(" ", lines));
        fieldsMessage.setVisible(!lines.isEmpty());
        // Screen readers and tests read the unknown names without parsing the sentence.
        fieldsMessage.getAccessibleContext().setAccessibleDescription(String.join(",", unknown));
        body.setToolTipText(Swing.wrapped(context.text("ui.letters.validFields", validNames), 320));
        ReadAloud.described(body, context.text("ui.letters.validFields", validNames));
        panel.revalidate();
    }
}
