package fr.missive.ui.compose;

import fr.missive.model.letters.MergeField;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;

/**
 * The subject and message with merge fields, and "Insert field", which types a field where the
 * cursor was in either. Components are named {@code prefix + "Subject"}, {@code "Body"},
 * {@code "InsertField"}, the menu {@code prefix + "FieldMenu"} and its items
 * {@code prefix + "Field." + name}.
 */
final class MessageFields {

    private final UiContext context;
    private final String prefix;
    private final JTextField subject = new JTextField(40);
    private final JTextArea body = new JTextArea(10, 60);
    private final JButton insertField;
    /** Where "Insert field" types: the subject or the body, whichever had the focus last. */
    private JTextComponent fieldTarget = body;

    MessageFields(UiContext context, String prefix, int bodyRows) {
        this.context = context;
        this.prefix = prefix;
        subject.setName(prefix + "Subject");
        body.setName(prefix + "Body");
        body.setRows(bodyRows);
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
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
        p.add(new JScrollPane(body), "span 2");
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

    String body() {
        return body.getText();
    }

    void set(String newSubject, String newBody) {
        subject.setText(newSubject);
        body.setText(newBody);
    }

    private JPopupMenu fieldMenu() {
        JPopupMenu menu = new JPopupMenu();
        menu.setName(prefix + "FieldMenu");
        for (MergeField field : MergeField.values()) {
            JMenuItem item = new JMenuItem(context.text(field.labelKey()));
            item.setName(prefix + "Field." + field.fieldName());
            item.addActionListener(e -> {
                fieldTarget.replaceSelection("{{" + field.fieldName() + "}}");
                fieldTarget.requestFocusInWindow();
            });
            menu.add(item);
        }
        return menu;
    }
}
