package fr.missive.ui.compose;

import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * "Ask for a read receipt", with the note that a family's mail program may never send one. Off
 * whenever a dialog opens: it is a choice of one sending, never remembered with the others, so
 * that no family is asked for a receipt the user did not choose this time.
 */
public final class ReadReceiptField {

    private final JCheckBox box = new JCheckBox();
    private final JLabel note;

    /** @param prefix the dialog's prefix for component names: {@code email} gives {@code emailReadReceipt} */
    public ReadReceiptField(UiContext context, String prefix) {
        box.setName(prefix + "ReadReceipt");
        box.setText(context.text("ui.readReceipt"));
        box.setSelected(false);
        note = Swing.hint(context.text("ui.readReceipt.hint"));
        note.setName(prefix + "ReadReceiptNote");
        ReadAloud.described(box, note.getText());
    }

    /** Adds the check box and its note under it, in the input column of a three-column form. */
    public void addTo(JPanel form) {
        form.add(box, "skip 1, span 2");
        form.add(note, "skip 1, span 2");
    }

    /** Whether the user ticked it for this sending. */
    public boolean asked() {
        return box.isSelected();
    }

    /** The check box and its note, for a form that shows them only with some choices. */
    public List<Component> components() {
        return List.of(box, note);
    }
}
