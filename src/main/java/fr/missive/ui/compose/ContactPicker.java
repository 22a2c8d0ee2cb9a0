package fr.missive.ui.compose;

import fr.missive.app.contacts.ContactUseCases;
import fr.missive.model.contacts.Contact;
import fr.missive.model.text.Folding;
import fr.missive.ui.common.FittedList;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** Chooses contacts to add as recipients, narrowed by a search on name, class and address. */
public final class ContactPicker {

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final JDialog dialog;
    private final List<Contact> all;
    private final DefaultListModel<Contact> shown = new DefaultListModel<>();
    private final JList<Contact> list = new FittedList<>(shown);
    private final List<Contact> chosen = new ArrayList<>();

    ContactPicker(UiContext context, ContactUseCases contactUseCases, Window owner, List<Contact> all) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.dialog = new JDialog(owner);
        this.all = all;
    }

    /**
     * Loads the contacts in the background, then lets the user pick among those not in
     * {@code recipients} yet and adds them there; {@code then} runs after each one added.
     */
    public static void addTo(UiContext context, ContactUseCases contactUseCases, Window owner,
                             javax.swing.DefaultListModel<Contact> recipients,
                             Runnable then) {
        List<Long> already = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            already.add(recipients.get(i).id());
        }
        context.inBackground(owner, () -> contactUseCases.contacts().list(), all ->
                new ContactPicker(context, contactUseCases, owner,
                        all.stream().filter(c -> !already.contains(c.id())).toList())
                        .pick().forEach(c -> {
                            recipients.addElement(c);
                            then.run();
                        }));
    }

    /**
     * Loads the contacts in the background and lets the user pick among those not in
     * {@code excluded}, under {@code title}; {@code then} receives the contacts chosen (none when
     * cancelled). Used to choose a pupil's legal guardian.
     */
    public static void choose(UiContext context, ContactUseCases contactUseCases, Window owner, String title,
                              java.util.Set<Long> excluded, java.util.function.Consumer<List<Contact>> then) {
        context.inBackground(owner, () -> contactUseCases.contacts().list(), all -> {
            ContactPicker picker = new ContactPicker(context, contactUseCases, owner,
                    all.stream().filter(c -> !excluded.contains(c.id())).toList());
            picker.title = title;
            then.accept(picker.pick());
        });
    }

    private String title;

    /** Shows the picker (modal); returns the contacts chosen, none when cancelled. */
    List<Contact> pick() {
        dialog.setName("contactPicker");
        dialog.setTitle(title != null ? title : context.text("ui.compose.addContacts"));
        dialog.setModal(true);
        JTextField search = new JTextField(30);
        search.setName("contactPickerSearch");
        ReadAloud.named(search, context.text("ui.a11y.contacts.search"));
        list.setName("contactPickerList");
        ReadAloud.named(list, context.text("ui.a11y.picker.list"));
        list.setVisibleRowCount(12);
        list.setCellRenderer((l, c, index, selected, focused) -> {
            javax.swing.JLabel label = new javax.swing.JLabel(c.displayName()
                    + (c.className().isEmpty() ? "" : " — " + c.className())
                    + c.emailAddress().map(a -> " <" + a + ">").orElse(""));
            label.setOpaque(true);
            label.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            label.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return label;
        });
        Swing.onTextChange(search, this::filter);
        filter("");
        JButton add = Swing.button("contactPickerAdd", context.text("ui.compose.add"), () -> {
            chosen.addAll(list.getSelectedValuesList());
            dialog.dispose();
        });
        JButton cancel = Swing.button("contactPickerCancel", context.text("ui.button.cancel"), dialog::dispose);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1", "[400:n,grow,fill]", "[][grow,fill][]"));
        panel.add(search);
        panel.add(new JScrollPane(list));
        panel.add(Swing.buttonBar(add, cancel));
        dialog.setContentPane(panel);
        Swing.keys(dialog, add, dialog::dispose);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), search);
        return chosen;
    }

    private void filter(String text) {
        String wanted = Folding.name(text.strip());
        shown.clear();
        for (Contact c : all) {
            String haystack = Folding.name(c.displayName() + " " + c.className() + " "
                    + c.emailAddress().map(Object::toString).orElse(""));
            if (haystack.contains(wanted)) {
                shown.addElement(c);
            }
        }
    }
}
