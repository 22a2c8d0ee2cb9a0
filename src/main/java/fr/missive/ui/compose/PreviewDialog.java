package fr.missive.ui.compose;

import fr.missive.app.compose.EmailPlan;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** One recipient's copy as it will be sent, merged, with the signature; another can be chosen. */
final class PreviewDialog {

    private final UiContext context;
    private final JDialog dialog;
    private final EmailPlan plan;
    private final int attachmentCount;

    PreviewDialog(UiContext context, Window owner, EmailPlan plan, int attachmentCount) {
        this.context = context;
        this.dialog = new JDialog(owner);
        this.plan = plan;
        this.attachmentCount = attachmentCount;
    }

    void open() {
        dialog.setName("emailPreviewDialog");
        dialog.setTitle(context.text("ui.compose.preview"));
        dialog.setModal(true);
        JButton close = Swing.button("previewClose", context.text("ui.button.close"), dialog::dispose);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]", "[][][grow,fill][][]"));
        new MessagePreview(context, plan.messages(), null).addTo(panel);
        panel.add(new JLabel(context.text("ui.compose.previewSummary", plan.messages().size(),
                plan.skipped().size(), attachmentCount)), "span 2");
        panel.add(Swing.buttonBar(null, close), "span 2, growx");
        dialog.setContentPane(panel);
        Swing.keys(dialog, close, dialog::dispose);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), close);
    }
}
