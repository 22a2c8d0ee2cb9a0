package fr.missive.ui.contacts;

import fr.missive.model.returns.BounceMark;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.util.function.IntFunction;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The e-mail column: an address that bounced is followed by a word ("revenue" / "bounced"), not
 * by a colour alone, and a screen reader says "address, address bounced"; the tooltip gives the
 * reason.
 */
final class BouncedEmailRenderer extends DefaultTableCellRenderer {

    private final UiContext context;
    private final IntFunction<BounceMark> markOfModelRow;

    BouncedEmailRenderer(UiContext context, IntFunction<BounceMark> markOfModelRow) {
        this.context = context;
        this.markOfModelRow = markOfModelRow;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        super.getTableCellRendererComponent(table, value, selected, focused, row, column);
        String address = value == null ? "" : value.toString();
        BounceMark mark = row < 0 ? null : markOfModelRow.apply(table.convertRowIndexToModel(row));
        if (mark == null) {
            setToolTipText(null);
            getAccessibleContext().setAccessibleName(address);
            return this;
        }
        setText(address + " — " + context.text("ui.contacts.bounced"));
        setToolTipText(context.text("ui.contacts.bouncedTip", context.text("returns.reason." + mark.reason().name())));
        getAccessibleContext().setAccessibleName(context.text("ui.contacts.bouncedEmail", address));
        if (!selected) {
            setForeground(UIManager.getColor("Actions.Red"));
        }
        return this;
    }
}
