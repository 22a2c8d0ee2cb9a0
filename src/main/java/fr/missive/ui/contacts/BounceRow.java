package fr.missive.ui.contacts;

import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.app.returns.ReturnsService;
import fr.missive.model.returns.BounceMark;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Under the contact's e-mail address: "Address bounced on 12 January: unknown address", with
 * "Clear the mark". The store clears the mark by itself when the address changes; the row says so
 * as soon as the address typed differs from the one that bounced. Hidden for a contact without a mark.
 */
final class BounceRow {

    private final UiContext context;
    private final JDialog owner;
    private final JTextField email;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, hidemode 3", "[grow,fill][]"));
    private final JLabel text = new JLabel();
    private final JButton clear;
    private ReturnsService returns;
    private BounceMark mark;
    private Runnable onCleared = () -> { };
    private boolean cleared;

    BounceRow(UiContext context, JDialog owner, JTextField email) {
        this.context = context;
        this.owner = owner;
        this.email = email;
        text.setName("contact.bounce");
        text.putClientProperty(FlatClientProperties.STYLE, "foreground: $Actions.Red");
        clear = Swing.button("contact.clearBounce", context.text("ui.contact.clearBounce"), this::clear);
        panel.setName("contact.bounceRow");
        panel.add(text);
        panel.add(clear);
        panel.setVisible(false);
        Swing.onTextChange(email, typed -> refresh());
    }

    JPanel panel() {
        return panel;
    }

    void show(ReturnsService service, BounceMark bounced, Runnable cleared) {
        this.returns = service;
        this.mark = bounced;
        this.onCleared = cleared;
        if (bounced != null) {
            text.setToolTipText(bounced.serverText() == null ? null
                    : context.text("ui.contact.bounceServer", bounced.serverText()));
        }
        refresh();
    }

    private void refresh() {
        panel.setVisible(mark != null);
        if (mark == null) {
            return;
        }
        if (cleared) {
            text.setText(context.text("ui.contact.bounceCleared"));
            clear.setVisible(false);
            return;
        }
        boolean changed = !email.getText().trim().equalsIgnoreCase(mark.address());
        text.setText(changed ? context.text("ui.contact.bounceWillClear")
                : context.text("ui.contact.bounced", day(mark), context.text("returns.reason." + mark.reason().name())));
        clear.setVisible(!changed);
    }

    private String day(BounceMark bounced) {
        return fr.missive.ui.common.BouncedAddressWarning.day(context.clock(), context.messages().locale(), bounced);
    }

    /** Cleared in the background: the database is never touched on the event thread. */
    private void clear() {
        long contactId = mark.contactId();
        Swing.busy(owner, true, clear);
        context.background().submit(() -> {
            returns.clearBounce(contactId);
            return contactId;
        }, done -> {
            Swing.busy(owner, false, clear);
            cleared = true;
            refresh();
            onCleared.run();
        }, failure -> {
            Swing.busy(owner, false, clear);
            context.errors().report(owner, failure);
        });
    }
}
