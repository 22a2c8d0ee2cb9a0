package fr.missive.ui.sentlog;

import fr.missive.app.sentlog.SentLogService;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.users.User;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.function.LongConsumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Forward…: the addresses to send the logged message to and a few words above it. The
 * dialog stays open when an address is wrong, so nothing typed is lost.
 */
final class ForwardDialog {

    private final UiContext context;
    private final SentLogService sentLog;
    private final JDialog dialog;
    private final SentEntry entry;
    private final JTextField to = new JTextField(36);
    private final JTextArea note = new JTextArea(4, 36);
    private final JButton ok;
    private final JButton cancel;
    private final LongConsumer onQueued;

    ForwardDialog(UiContext context, SentLogService sentLog, Window owner, SentEntry entry, LongConsumer onQueued) {
        this.context = context;
        this.sentLog = sentLog;
        this.entry = entry;
        this.onQueued = onQueued;
        dialog = new JDialog(owner, context.text("ui.sent.forwardTitle", entry.subject()),
                JDialog.ModalityType.DOCUMENT_MODAL);
        ok = Swing.button("forwardOk", context.text("ui.sent.forwardOk"), this::forward);
        DiscardCheck discard = DiscardCheck.on(dialog, context::messages);
        cancel = Swing.button("forwardCancel", context.text("ui.button.cancel"), discard::close);
        dialog.setName("forwardDialog");
        to.setName("forwardTo");
        note.setName("forwardNote");
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1, fill", "[grow,fill]", "[][][][grow,fill][]"));
        content.add(Swing.label(context.text("ui.sent.forwardTo"), to));
        content.add(to);
        content.add(Swing.label(context.text("ui.sent.forwardNote"), note), "gaptop 8");
        content.add(new JScrollPane(note));
        content.add(Swing.buttonBar(ok, cancel), "growx, gaptop 8");
        dialog.setContentPane(content);
        Swing.keys(dialog, ok, discard::close);
    }

    void open() {
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), to);
    }

    private void forward() {
        User actor = context.user();
        String addresses = to.getText();
        String words = note.getText();
        Swing.busy(dialog, true, ok, to, note);
        context.background().submit(() -> sentLog.forward(actor, entry.id(), addresses, words,
                context.messages().locale()), id -> {
                    dialog.dispose();
                    onQueued.accept(id);
                }, failure -> {
                    Swing.busy(dialog, false, ok, to, note);
                    context.errors().report(dialog, failure);
                });
    }
}
