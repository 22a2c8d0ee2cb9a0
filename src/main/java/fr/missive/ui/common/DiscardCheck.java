package fr.missive.ui.common;

import fr.missive.i18n.Messages;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JPasswordField;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.text.JTextComponent;

/**
 * Asks "Discard your changes?" before an editing dialog closes by Escape, Cancel or its close box
 * with something typed or ticked in it; a dialog left as it opened closes at once.
 *
 * <p>"Changed" means the dialog's inputs (editable texts, ticks, choices in lists, spinners,
 * editable tables) hold other values than when the dialog opened, read from the components
 * themselves: no window keeps a flag up to date, and text typed then erased counts as no change.
 * A dialog that fills its fields after opening (data loaded in the background) calls
 * {@link #unchangedNow()} once they are filled.
 *
 * <p>Use: {@code DiscardCheck discard = DiscardCheck.on(dialog, context::messages)}, then
 * {@code discard::close} for the Cancel button and the Escape key; the close box is handled here.
 */
public final class DiscardCheck {

    private final JDialog dialog;
    private final Supplier<Messages> messages;
    private final Runnable closing;
    private List<Object> asOpened;

    private DiscardCheck(JDialog dialog, Supplier<Messages> messages, Runnable closing) {
        this.dialog = dialog;
        this.messages = messages;
        this.closing = closing;
    }

    /** Watches {@code dialog} from when it opens; its close box now asks too. */
    public static DiscardCheck on(JDialog dialog, Supplier<Messages> messages) {
        return on(dialog, messages, dialog::dispose);
    }

    /**
     * The same for a dialog that does more than dispose itself when it closes (cancels a running
     * test, wipes a typed password): {@code closing} runs once the user agreed, or at once when
     * nothing typed would be lost.
     */
    public static DiscardCheck on(JDialog dialog, Supplier<Messages> messages, Runnable closing) {
        DiscardCheck check = new DiscardCheck(dialog, messages, closing);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                if (check.asOpened == null) {
                    check.unchangedNow();
                }
            }
        });
        Swing.onCloseBox(dialog, check::close);
        return check;
    }

    /** What the inputs hold now is what "unchanged" means from now on. EDT. */
    public void unchangedNow() {
        asOpened = values(dialog.getContentPane());
    }

    /** Whether the inputs hold other values than when the dialog opened. EDT. */
    public boolean hasChanges() {
        return asOpened != null && !asOpened.equals(values(dialog.getContentPane()));
    }

    /** Closes the dialog, after the user agreed when something typed would be lost. EDT. */
    public void close() {
        if (!hasChanges() || Alerts.confirm(dialog, messages.get(),
                messages.get().get("ui.discard.question") + "\n" + messages.get().get("ui.discard.detail"),
                messages.get().get("ui.discard.yes"), messages.get().get("ui.discard.no"))) {
            closing.run();
        }
    }

    private static List<Object> values(Container container) {
        List<Object> values = new ArrayList<>();
        collect(container, values);
        return values;
    }

    private static void collect(Container container, List<Object> values) {
        for (Component c : container.getComponents()) {
            if (c instanceof JPasswordField password) {
                if (password.isEditable()) {
                    values.add(typedPassword(password));
                }
            } else if (c instanceof JTextComponent text) {
                if (text.isEditable()) {
                    values.add(text.getText());
                }
            } else if (c instanceof JToggleButton toggle) {
                values.add(toggle.isSelected());
            } else if (c instanceof JComboBox<?> combo) {
                values.add(combo.isEditable() ? combo.getEditor().getItem() : combo.getSelectedItem());
            } else if (c instanceof JSpinner spinner) {
                values.add(spinner.getValue());
            } else if (c instanceof JTable table) {
                values.add(cells(table));
            } else if (c instanceof Container inner) {
                collect(inner, values);
            }
        }
    }

    /** A password is compared by a digest of what is typed, so no copy of it stays in memory. */
    private static int typedPassword(JPasswordField field) {
        char[] typed = field.getPassword();
        try {
            return Arrays.hashCode(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /** An editable table's cells, so a row added or typed into counts; a read-only table adds nothing. */
    private static List<Object> cells(JTable table) {
        List<Object> cells = new ArrayList<>();
        for (int row = 0; row < table.getModel().getRowCount(); row++) {
            for (int column = 0; column < table.getModel().getColumnCount(); column++) {
                if (table.getModel().isCellEditable(row, column)) {
                    cells.add(Objects.toString(table.getModel().getValueAt(row, column), ""));
                }
            }
        }
        if (table.isEditing()) {
            cells.add(table.getCellEditor().getCellEditorValue());
        }
        return cells;
    }
}
