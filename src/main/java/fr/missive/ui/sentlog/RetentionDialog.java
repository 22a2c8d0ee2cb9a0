package fr.missive.ui.sentlog;

import fr.missive.app.sentlog.SentLogService;
import fr.missive.model.users.User;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;

/**
 * Sent mail > Retention… (administrators): how many days sent messages are kept, and the purge of
 * the older ones now, with a progress bar while it runs and how many were deleted once done.
 */
final class RetentionDialog {

    private final UiContext context;
    private final SentLogService sentLog;
    private final JDialog dialog;
    private final JSpinner days = new JSpinner(new SpinnerNumberModel(365, 1, 3650, 1));
    private final JProgressBar progress = new JProgressBar();
    private final JLabel result = new JLabel(" ");
    private final JButton save;
    private final JButton purge;
    private final JButton close;
    private final Runnable afterPurge;

    RetentionDialog(UiContext context, SentLogService sentLog, Window owner, Runnable afterPurge) {
        this.context = context;
        this.sentLog = sentLog;
        this.afterPurge = afterPurge;
        dialog = new JDialog(owner, context.text("ui.sent.retentionTitle"), JDialog.ModalityType.DOCUMENT_MODAL);
        save = Swing.button("retentionSave", context.text("ui.sent.retentionSave"), this::saveDays);
        purge = Swing.button("retentionPurge", context.text("ui.sent.purgeNow"), this::purgeNow);
        close = Swing.button("retentionClose", context.text("ui.button.close"), dialog::dispose);
        dialog.setName("retentionDialog");
        days.setName("retentionDays");
        progress.setName("retentionProgress");
        progress.setVisible(false);
        result.setName("retentionResult");
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, hidemode 3", "[][grow,fill]"));
        content.add(Swing.label(context.text("ui.sent.retentionDays"), days));
        content.add(days, "split 2, w 90!");
        content.add(save);
        content.add(Swing.wrappedHint(context.text("ui.sent.retentionHint"), 380), "span");
        content.add(purge, "span, gaptop 12");
        content.add(progress, "span, growx");
        content.add(result, "span, growx, wmin 0");
        content.add(Swing.buttonBar(null, close), "span, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, close, dialog::dispose);
    }

    void open() {
        Swing.busy(dialog, true, save, purge);
        context.inBackground(dialog, () -> sentLog.retentionDays(), current -> {
            days.setValue(current);
            Swing.busy(dialog, false, save, purge);
        });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), days);
    }

    private void saveDays() {
        User actor = context.user();
        int wanted = (Integer) days.getValue();
        SentLogService log = sentLog;
        context.inBackground(dialog, () -> {
            log.setRetentionDays(actor, wanted);
            return log.retentionDays();
        }, kept -> result.setText(context.text("cli.sent.retentionSet", kept)));
    }

    private void purgeNow() {
        User actor = context.user();
        int wanted = (Integer) days.getValue();
        SentLogService log = sentLog;
        progress.setIndeterminate(true);
        progress.setVisible(true);
        result.setText(context.text("ui.sent.purging", wanted));
        Swing.busy(dialog, true, save, purge, days);
        Swing.growToFit(dialog);
        context.background().submit(() -> {
            // The days shown are the ones applied: saved first, so the purge matches what the user sees.
            log.setRetentionDays(actor, wanted);
            return log.purgeExpired();
        }, count -> {
            finished();
            result.setText(context.text("ui.sent.purged", count, wanted));
            afterPurge.run();
        }, failure -> {
            finished();
            result.setText(" ");
            context.errors().report(dialog, failure);
        });
    }

    private void finished() {
        progress.setIndeterminate(false);
        progress.setVisible(false);
        Swing.busy(dialog, false, save, purge, days);
    }
}
