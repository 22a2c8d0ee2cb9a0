package fr.missive.ui.common;

import java.util.Objects;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JLabel;

/**
 * A label whose changes a screen reader announces without the user moving to it: a status
 * line (a sending finished, what a long task is doing) or an alert (an error band, a report).
 * It tells assistive technologies its role (status bar or alert, which the Access Bridge and
 * the ATK bridge pass on), and each new text is fired as a change of its accessible name and
 * of its text, the events NVDA, JAWS and Orca listen to. A plain label only repaints.
 */
public final class LiveLabel extends JLabel {

    /** How a screen reader treats the change: read when it can (status) or at once (alert). */
    public enum Urgency {
        STATUS(AccessibleRole.STATUS_BAR),
        ALERT(AccessibleRole.ALERT);

        private final AccessibleRole role;

        Urgency(AccessibleRole role) {
            this.role = role;
        }
    }

    private final Urgency urgency;

    public LiveLabel(Urgency urgency) {
        this(urgency, "");
    }

    public LiveLabel(Urgency urgency, String text) {
        super(text);
        this.urgency = Objects.requireNonNull(urgency);
    }

    @Override
    public void setText(String text) {
        AccessibleContext context = accessibleContext;
        String before = context == null ? null : context.getAccessibleName();
        super.setText(text);
        if (context != null) {
            String after = context.getAccessibleName();
            if (!Objects.equals(before, after)) {
                context.firePropertyChange(AccessibleContext.ACCESSIBLE_NAME_PROPERTY, before, after);
                // The new value is where the text changed, as JTextComponent fires it and the ATK bridge reads it.
                context.firePropertyChange(AccessibleContext.ACCESSIBLE_TEXT_PROPERTY, null, 0);
            }
        }
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJLabel() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    // Before the constructor has run (JLabel's own constructor asks), a plain label.
                    return urgency == null ? super.getAccessibleRole() : urgency.role;
                }

                @Override
                public String getAccessibleName() {
                    return ReadAloud.plain(super.getAccessibleName());
                }
            };
        }
        return accessibleContext;
    }
}
