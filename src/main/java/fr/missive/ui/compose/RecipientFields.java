package fr.missive.ui.compose;

import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.compose.EmailSending;
import fr.missive.model.contacts.Contact;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The recipients of a message form: contacts (added with the picker, removed), shown greyed
 * with the reason when they cannot get e-mail, and addresses typed in. Components are named
 * {@code prefix + "Recipients"}, {@code "AddContacts"}, {@code "RemoveContacts"}, {@code "Skipped"},
 * {@code "Others"}.
 */
final class RecipientFields {

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final JDialog dialog;
    private final DefaultListModel<Contact> recipients = new DefaultListModel<>();
    private final JList<Contact> list = new fr.missive.ui.common.FittedList<>(recipients);
    private final JTextField others = new JTextField(40);
    private final JLabel skipped = new JLabel(" ");
    private final JButton add;
    private final JButton remove;
    private final String othersHint;

    RecipientFields(UiContext context, ContactUseCases contactUseCases, JDialog dialog, String prefix,
            List<Contact> preselected, String othersHint) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.dialog = dialog;
        this.othersHint = othersHint;
        preselected.forEach(recipients::addElement);
        list.setName(prefix + "Recipients");
        list.setVisibleRowCount(5);
        list.setCellRenderer((l, c, index, selected, focused) -> {
            String text = c.displayName() + c.emailAddress().map(a -> " <" + a + ">").orElse("")
                    + EmailSending.skipReason(c).map(r -> " — " + context.messages().get(r)).orElse("");
            JLabel label = new JLabel(text);
            label.setOpaque(true);
            label.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            label.setForeground(selected ? l.getSelectionForeground()
                    : EmailSending.skipReason(c).isPresent() ? java.awt.Color.GRAY : l.getForeground());
            return label;
        });
        others.setName(prefix + "Others");
        skipped.setName(prefix + "Skipped");
        add = Swing.button(prefix + "AddContacts", context.text("ui.compose.addContacts"), this::addContacts);
        remove = Swing.button(prefix + "RemoveContacts", context.text("ui.compose.remove"), () -> {
            for (Contact c : list.getSelectedValuesList()) {
                recipients.removeElement(c);
            }
            showSkipped();
        });
        showSkipped();
    }

    /** The rows of a 3-column form: the list with its buttons, who is left out, the typed addresses. */
    void addTo(JPanel p) {
        p.add(Swing.label(context.text("ui.compose.recipients"), list), "top");
        p.add(new JScrollPane(list));
        p.add(add, "split 2, flowy, top, sizegroup side");
        p.add(remove, "sizegroup side");
        p.add(new JLabel(""));
        p.add(skipped, "span 2");
        p.add(Swing.label(context.text("ui.compose.others"), others));
        p.add(others, "span 2");
        p.add(new JLabel(""));
        p.add(Swing.hint(othersHint), "span 2");
    }

    List<Contact> contacts() {
        List<Contact> all = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            all.add(recipients.get(i));
        }
        return all;
    }

    String others() {
        return others.getText();
    }

    JList<Contact> list() {
        return list;
    }

    JTextField othersField() {
        return others;
    }

    private void showSkipped() {
        List<String> left = new ArrayList<>();
        for (Contact c : contacts()) {
            EmailSending.skipReason(c).ifPresent(r -> left.add(c.displayName() + " (" + context.messages().get(r)
                    + ")"));
        }
        skipped.setText(left.isEmpty() ? context.text("ui.compose.recipientCount", recipients.size())
                : context.text("ui.compose.skipped", left.size(), String.join(", ", left)));
        skipped.setToolTipText(String.join("\n", left));
    }

    private void addContacts() {
        List<Long> already = contacts().stream().map(Contact::id).toList();
        context.inBackground(dialog, () -> contactUseCases.contacts().list(), all ->
                new ContactPicker(context, contactUseCases, dialog,
                        all.stream().filter(c -> !already.contains(c.id())).toList())
                        .pick().forEach(c -> {
                            recipients.addElement(c);
                            showSkipped();
                        }));
    }
}
