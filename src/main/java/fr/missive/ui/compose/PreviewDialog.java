package fr.missive.ui.compose;

import fr.missive.app.compose.EmailPlan;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
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
        JComboBox<Choice<EmailPlan.PersonalMessage>> who = new JComboBox<>();
        who.setName("previewRecipient");
        plan.messages().forEach(m -> who.addItem(new Choice<>(m, m.recipientName().equals(m.to().toString())
                ? m.recipientName() : m.recipientName() + " <" + m.to() + ">")));
        JLabel subject = new JLabel();
        subject.setName("previewSubject");
        JTextArea text = new JTextArea(14, 64);
        text.setName("previewText");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        Runnable show = () -> {
            EmailPlan.PersonalMessage m = Swing.selected(who);
            subject.setText(m == null ? "" : m.subject());
            text.setText(m == null ? "" : m.text());
            text.setCaretPosition(0);
        };
        who.addActionListener(e -> show.run());
        show.run();
        JButton close = Swing.button("previewClose", context.text("ui.button.close"), dialog::dispose);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]", "[][][grow,fill][][]"));
        panel.add(new JLabel(context.text("ui.compose.previewFor")));
        panel.add(who);
        panel.add(new JLabel(context.text("ui.compose.subject")));
        panel.add(subject);
        panel.add(new JScrollPane(text), "span 2");
        panel.add(new JLabel(context.text("ui.compose.previewSummary", plan.messages().size(),
                plan.skipped().size(), attachmentCount)), "span 2");
        panel.add(Swing.buttonBar(null, close), "span 2, growx");
        dialog.setContentPane(panel);
        Swing.keys(dialog, close, dialog::dispose);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), close);
    }
}
