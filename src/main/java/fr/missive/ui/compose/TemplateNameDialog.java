package fr.missive.ui.compose;

import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** "Save as template": asks the template's designation; saving one of the same name replaces it. */
final class TemplateNameDialog {

    private TemplateNameDialog() {
    }

    /** @return the designation typed, or null when the user cancelled */
    static String ask(UiContext context, Window owner, String proposed) {
        JDialog dialog = new JDialog(owner);
        dialog.setName("templateNameDialog");
        dialog.setTitle(context.text("ui.compose.saveTemplate"));
        dialog.setModal(true);
        JTextField name = new JTextField(proposed, 30);
        name.setName("templateDesignation");
        String[] result = {null};
        JButton ok = Swing.button("templateNameOk", context.text("ui.button.save"), () -> {
            result[0] = name.getText();
            dialog.dispose();
        });
        DiscardCheck discard = DiscardCheck.on(dialog, context::messages);
        JButton cancel = Swing.button("templateNameCancel", context.text("ui.button.cancel"), discard::close);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]"));
        panel.add(Swing.label(context.text("ui.compose.templateName"), name));
        panel.add(name);
        panel.add(Swing.hint(context.text("ui.compose.templateNameHint")));
        panel.add(Swing.buttonBar(ok, cancel), "gaptop 12");
        dialog.setContentPane(panel);
        Swing.keys(dialog, ok, discard::close);
        dialog.pack();
        Swing.showCentred(dialog, owner, name);
        return result[0];
    }
}
