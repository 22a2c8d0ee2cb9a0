package fr.missive.ui.contacts;

import fr.missive.app.contacts.ContactUseCases;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.compose.ContactPicker;
import java.awt.Window;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;

/**
 * In the contact dialog, a pupil's legal guardians (name, address, e-mail and consent, each
 * openable, linked or unlinked by hand) or a guardian's children. Read and changed off the
 * EDT; the list shows what the database holds after each change.
 */
final class RelativesPanel {

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final Window owner;
    private final Contact contact;
    private final boolean guardian;
    private final DefaultListModel<Contact> shown = new DefaultListModel<>();
    private final JList<Contact> list = new JList<>(shown);
    private final JLabel empty = new JLabel();
    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx, hidemode 3", "[grow,fill]"));
    private final JButton open;
    private final JButton link;
    private final JButton unlink;

    RelativesPanel(UiContext context, ContactUseCases contactUseCases, Window owner, Contact contact) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.owner = owner;
        this.contact = contact;
        this.guardian = contact.kind() == ContactKind.GUARDIAN;
        list.setName(guardian ? "contact.children" : "contact.guardians");
        ReadAloud.named(list, context.text(guardian ? "ui.contact.children" : "ui.contact.guardians"));
        list.setVisibleRowCount(3);
        list.setCellRenderer((l, c, index, selected, focused) -> {
            JLabel label = new JLabel(describe(c));
            label.setOpaque(true);
            label.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            label.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return label;
        });
        empty.setName(guardian ? "contact.childrenNone" : "contact.guardiansNone");
        empty.setText(context.text(guardian ? "ui.contact.childrenNone" : "ui.contact.guardiansNone"));
        open = Swing.button("contact.relativeOpen", context.text("ui.contact.relativeOpen"), this::openSelected);
        link = Swing.button("contact.guardianLink", context.text("ui.contact.guardianLink"), this::chooseGuardian);
        unlink = Swing.button("contact.guardianUnlink", context.text("ui.contact.guardianUnlink"), this::unlinkSelected);
        open.setEnabled(false);
        unlink.setEnabled(false);
        link.setVisible(!guardian);
        unlink.setVisible(!guardian);
        list.addListSelectionListener(e -> {
            open.setEnabled(list.getSelectedValue() != null);
            unlink.setEnabled(list.getSelectedValue() != null);
        });
        panel.add(empty);
        panel.add(new JScrollPane(list), "h 60:80");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][][]"));
        buttons.add(open);
        buttons.add(link);
        buttons.add(unlink);
        panel.add(buttons);
        reload();
    }

    /** The section's title: "Responsables légaux" for a pupil, "Enfants" for a guardian. */
    String titleKey() {
        return guardian ? "ui.contact.children" : "ui.contact.guardians";
    }

    JComponent panel() {
        return panel;
    }

    /** "Mme Claire DURAND — 12 rue des Lilas, 69003 Lyon — claire@… (accepte les e-mails)". */
    private String describe(Contact c) {
        StringBuilder text = new StringBuilder((c.title() + " " + c.displayName()).strip());
        if (guardian) {
            return c.className().isEmpty() ? text.toString() : text.append(" — ").append(c.className()).toString();
        }
        if (!c.address().isEmpty()) {
            text.append(" — ").append(String.join(", ", c.address().lines()));
            text.append(", ").append((c.address().postcode() + " " + c.address().city()).strip());
        }
        text.append(" — ").append(c.email() == null ? context.text("ui.contact.guardianNoEmail")
                : c.email() + " " + context.text(c.consent().accepts() ? "ui.contact.guardianAccepts"
                        : "ui.contact.guardianRefuses"));
        return text.toString();
    }

    private void reload() {
        long id = contact.id();
        context.inBackground(owner, () -> guardian ? contactUseCases.contacts().childrenOf(id)
                : contactUseCases.contacts().guardiansOf(id), this::show);
    }

    private void show(List<Contact> relatives) {
        shown.clear();
        relatives.forEach(shown::addElement);
        empty.setVisible(relatives.isEmpty());
        panel.revalidate();
    }

    private void openSelected() {
        Contact chosen = list.getSelectedValue();
        if (chosen != null) {
            ContactDialog.openEditing(context, contactUseCases, owner, chosen.id(), saved -> reload(), d -> d);
        }
    }

    private void chooseGuardian() {
        Set<Long> excluded = new HashSet<>();
        excluded.add(contact.id());
        for (int i = 0; i < shown.size(); i++) {
            excluded.add(shown.get(i).id());
        }
        ContactPicker.choose(context, contactUseCases, owner, context.text("ui.contact.guardianPick"), excluded,
                chosen -> {
                    if (chosen.isEmpty()) {
                        return;
                    }
                    long pupil = contact.id();
                    context.inBackground(owner, () -> {
                        for (Contact c : chosen) {
                            contactUseCases.contacts().link(pupil, c.id(), 0);
                        }
                        return chosen.size();
                    }, n -> reload());
                });
    }

    private void unlinkSelected() {
        Contact chosen = list.getSelectedValue();
        if (chosen == null) {
            return;
        }
        long pupil = contact.id();
        context.inBackground(owner, () -> {
            contactUseCases.contacts().unlink(pupil, chosen.id());
            return chosen;
        }, c -> reload());
    }
}
