package fr.missive.ui.main;

import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.model.users.User;
import fr.missive.ui.common.LiveLabel;
import fr.missive.ui.common.UiContext;
import java.awt.Cursor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** The line at the bottom of the main window: who is signed in, messages waiting to be sent, how many contacts there are. */
final class StatusBar extends JPanel {

    private final UiContext context;
    private final JLabel user = new JLabel();
    private final JLabel contacts = new JLabel();
    private final JLabel outbox = new LiveLabel(LiveLabel.Urgency.STATUS);
    /** A sending's progress and its end, announced to screen readers as they change. */
    private final JLabel task = new LiveLabel(LiveLabel.Urgency.STATUS);
    private final JLabel stopTask = new JLabel();
    private Runnable stop;

    /** @param openOutbox what a click on "N messages waiting" does */
    StatusBar(UiContext context, Runnable openOutbox) {
        super(new MigLayout("insets 3 8 3 8, fillx, hidemode 3", "[][grow][][]16[]16[]"));
        this.context = context;
        user.setName("statusUser");
        contacts.setName("statusContacts");
        outbox.setName("statusOutbox");
        outbox.setVisible(false);
        task.setName("statusTask");
        task.setVisible(false);
        stopTask.setName("statusTaskStop");
        stopTask.setText(context.text("ui.status.stopTask"));
        stopTask.setForeground(UIManager.getColor("Component.linkColor"));
        stopTask.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        stopTask.setVisible(false);
        stopTask.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (stop != null) {
                    stop.run();
                }
            }
        });
        outbox.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        outbox.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                openOutbox.run();
            }
        });
        // When the bar is short of room the task's progress gives way (its whole text in its
        // tooltip), never the counters: "5 sur 50 co" was left of "5 sur 50 contacts".
        add(user, "shrinkprio 50");
        add(new JLabel(), "growx");
        add(task, "wmin 0, shrinkprio 200");
        add(stopTask, "shrink 0");
        add(outbox, "shrink 0");
        add(contacts, "shrink 0");
        showUser(context.user());
    }

    /** "3 messages waiting", hidden when none waits. */
    void showWaiting(int count) {
        showWaiting(count, "");
    }

    /** "312 messages waiting — finishes around 3:40 pm" when a provider's limits slow them down. */
    void showWaiting(int count, String finish) {
        outbox.setVisible(count > 0);
        String waiting = context.text(count == 1 ? "ui.status.outbox.one" : "ui.status.outbox.many", count);
        outbox.setText(finish.isEmpty() ? waiting : context.text("ui.status.outbox.paced", waiting, finish));
        outbox.setToolTipText(context.text("ui.status.outbox.tip"));
    }

    /** The progress of a sending that goes on after its dialog closed; hidden when empty. */
    void showTask(String text, Runnable stopIt) {
        task.setVisible(!text.isEmpty());
        task.setText(text);
        task.setToolTipText(text.isEmpty() ? null : text);
        stop = stopIt;
        stopTask.setVisible(stopIt != null && !text.isEmpty());
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
    /** The first contacts shown ({@code shown} of the {@code read} ones) while the others are read. */
    void showContactsLoading(int shown, int read) {
        contacts.setText(context.text("ui.status.contactsLoading", shown, read));
    }

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
