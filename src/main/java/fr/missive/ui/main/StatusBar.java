package fr.missive.ui.main;

import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.model.users.User;
import fr.missive.ui.common.UiContext;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** The line at the bottom of the main window: who is signed in, how many contacts there are. */
final class StatusBar extends JPanel {

    private final UiContext context;
    private final JLabel user = new JLabel();
    private final JLabel contacts = new JLabel();

    StatusBar(UiContext context) {
        super(new MigLayout("insets 3 8 3 8, fillx", "[][grow][]"));
        this.context = context;
        user.setName("statusUser");
        contacts.setName("statusContacts");
        add(user);
        add(new JLabel(), "growx");
        add(contacts);
        showUser(context.user());
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
        putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
    }

    void showUser(User signedIn) {
        user.setText(context.text("ui.status.user", signedIn.name(),
                context.text("ui.role." + signedIn.role().name())));
    }

    /** "52 contacts", or "12 of 52 contacts" while a filter hides some. */
    void showContactCount(int shown, int total) {
        if (shown != total) {
            contacts.setText(context.text("ui.status.contactsFiltered", shown, total));
        } else {
            String key = total == 0 ? "ui.status.contacts.none" : total == 1 ? "ui.status.contacts.one"
                    : "ui.status.contacts.many";
            contacts.setText(context.text(key, total));
        }
    }
}
