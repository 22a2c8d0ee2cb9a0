package fr.missive.ui.compose;

import fr.missive.model.letters.MergeField;
import fr.missive.ui.common.ControlCharacterFilter;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.richtext.FormatBar;
import fr.missive.ui.richtext.RichTextEditor;
import java.awt.BorderLayout;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.text.JTextComponent;

/**
 * The subject and message with merge fields, and "Insert field", which puts a field where the
 * cursor was in either. The message is written in the letters' word-processor editor (bold,
 * italic, lists, fields as placeholders, {@code {{} completion) and stored as Markdown with
 * {@code {{field}}} codes, each line break kept. Components are named {@code prefix + "Subject"},
 * {@code "Body"}, {@code "InsertField"}, the toolbar's buttons {@code prefix + "Body.bold"} …,
 * the menu {@code prefix + "FieldMenu"} and its items {@code prefix + "Field." + name}.
 */
final class MessageFields {

    private final UiContext context;
    private final String prefix;
    private final JTextField subject = new JTextField(40);
    private final RichTextEditor editor;
    private final JTextPane body;
    private final JPanel bodyCell = new JPanel(new BorderLayout());
    private final JButton insertField;
    /** Where "Insert field" types: the subject or the body, whichever had the focus last. */
    private JTextComponent fieldTarget;

    MessageFields(UiContext context, String prefix, int bodyRows) {
        this.context = context;
        this.prefix = prefix;
        editor = RichTextEditor.forMail(this::label, MergeField.names()::contains, this::choices);
        body = editor.textPane();
        fieldTarget = body;
        subject.setName(prefix + "Subject");
        body.setName(prefix + "Body");
        ControlCharacterFilter.install(body);
        // As high as the plain text area of as many rows was: the dialogs were laid out for it.
        JTextArea rows = new JTextArea(bodyRows, 60);
        editor.component().setPreferredSize(new javax.swing.JScrollPane(rows).getPreferredSize());
        bodyCell.add(FormatBar.of(editor, prefix + "Body", context::text), BorderLayout.NORTH);
        bodyCell.add(editor.component(), BorderLayout.CENTER);
        FocusAdapter remember = new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                fieldTarget = (JTextComponent) e.getComponent();
            }
        };
        subject.addFocusListener(remember);
        body.addFocusListener(remember);
        insertField = Swing.button(prefix + "InsertField", context.text("ui.compose.insertField"), () -> { });
        insertField.addActionListener(e -> fieldMenu().show(insertField, 0, insertField.getHeight()));
    }

    /** The subject row (with Insert field) and the message row of a 3-column form. */
    void addTo(JPanel p) {
        p.add(Swing.label(context.text("ui.compose.subject"), subject));
        p.add(subject);
        p.add(insertField, "sizegroup side");
        p.add(Swing.label(context.text("ui.compose.body"), body), "top");
        p.add(bodyCell, "span 2");
    }

    JTextField subjectField() {
        return subject;
    }

    JComponent focusFirst() {
        return subject;
    }

    String subject() {
        return subject.getText();
    }

    /** The message as stored: Markdown with {@code {{field}}} codes, as loaded when not edited. */
    String body() {
        return editor.mailText();
    }

    void set(String newSubject, String newBody) {
        subject.setText(newSubject);
        editor.setMailText(newBody);
    }

    private String label(String code) {
        for (MergeField field : MergeField.values()) {
            if (field.fieldName().equals(code)) {
                return context.text(field.labelKey());
            }
        }
        return code;
    }

    /** The fields offered after {@code {{}, in the order of the "Insert field" menu. */
    private Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (MergeField field : MergeField.values()) {
            choices.put(field.fieldName(), context.text(field.labelKey()));
        }
        return choices;
    }

    private JPopupMenu fieldMenu() {
        JPopupMenu menu = new JPopupMenu();
        menu.setName(prefix + "FieldMenu");
        for (MergeField field : MergeField.values()) {
            JMenuItem item = new JMenuItem(context.text(field.labelKey()));
            item.setName(prefix + "Field." + field.fieldName());
            item.addActionListener(e -> {
                if (fieldTarget == body) {
                    editor.insertField(field.fieldName());
                } else {
                    fieldTarget.replaceSelection("{{" + field.fieldName() + "}}");
                    fieldTarget.requestFocusInWindow();
                }
            });
            menu.add(item);
        }
        return menu;
    }
}
