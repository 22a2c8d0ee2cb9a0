package fr.missive.ui.outbox;

import fr.missive.app.outbox.OutboxUseCases;
import fr.missive.app.outbox.AccountPace;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.PaceText;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.users.User;
import fr.missive.ui.common.ColumnWidths;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Window;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * Mail > Outbox: every message with its state, attempts, next attempt and last error in plain
 * words; Retry and Cancel. It follows the delivery worker as it goes.
 */
public final class OutboxDialog {

    /** The result of one background load. */
    private record Snapshot(List<OutboxEntry> entries, Map<Long, String> accounts, String pace) {
    }

    private final UiContext context;
    private final OutboxUseCases outboxUseCases;
    private final JDialog dialog;
    private final OutboxTableModel model;
    private final JTable table;
    private final JLabel state = new JLabel(" ");
    /** Per account slowed down by its provider: how many wait and when they should be gone. */
    private final JLabel pace = new JLabel();
    private final JTextArea detail = new JTextArea(3, 60);
    private final JButton retry;
    private final JButton cancel;
    private final JButton close;
    /** Coalesces the worker's many changes into one reload every half second at most. */
    private final Timer reloadSoon;

    public OutboxDialog(UiContext context, OutboxUseCases outboxUseCases, Window owner) {
        this.context = context;
        this.outboxUseCases = outboxUseCases;
        this.dialog = new JDialog(owner);
        this.model = new OutboxTableModel(context.messages());
        this.table = new JTable(model);
        retry = Swing.button("outboxRetry", context.text("ui.outbox.retry"), this::retrySelected);
        cancel = Swing.button("outboxCancel", context.text("ui.outbox.cancel"), this::cancelSelected);
        close = Swing.button("outboxClose", context.text("ui.button.close"), dialog::dispose);
        reloadSoon = new Timer(500, e -> {
            if (dialog.isDisplayable()) {
                reload();
            }
        });
        reloadSoon.setRepeats(false);
        build();
    }

    private void build() {
        dialog.setName("outboxDialog");
        dialog.setTitle(context.text("ui.outbox.title"));
        table.setName("outboxTable");
        ReadAloud.named(table, context.text("ui.a11y.outbox.table"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(false);
        table.getSelectionModel().addListSelectionListener(e -> selectionChanged());
        ColumnWidths.fit(table, 0, model.stateTexts());
        ColumnWidths.atLeastTitle(table, 1, 110);
        ColumnWidths.atLeastTitle(table, 2, 190);
        ColumnWidths.atLeastTitle(table, 3, 200);
        ColumnWidths.fit(table, 4, List.of("99"));
        ColumnWidths.fit(table, 5, model.whenTexts());
        ColumnWidths.atLeastTitle(table, 6, 300);
        table.setDefaultRenderer(String.class, new TooltipRenderer());
        state.setName("outboxState");
        detail.setName("outboxDetail");
        pace.setName("outboxPace");
        pace.setVisible(false);
        ReadAloud.named(detail, context.text("ui.a11y.outbox.detail"));
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        detail.setOpaque(false);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]",
                "[grow,fill][][][][]"));
        content.add(new JScrollPane(table), "w 700:1240, h 260:420");
        content.add(detail, "h 50!");
        content.add(state);
        content.add(pace, "hidemode 3");
        content.add(Swing.buttonBar(null, close, retry, cancel), "growx, gaptop 8");
        dialog.setContentPane(content);
        Swing.keys(dialog, close, dialog::dispose);
        selectionChanged();
    }

    /** Shows what other PCs change in the shared outbox (sent, failed, queued) while open. */
    public OutboxDialog followingChanges(fr.missive.app.changes.Changes changes) {
        fr.missive.ui.common.LiveUpdates.whileOpen(dialog, changes, fr.missive.app.changes.Changes.Topic.OUTBOX,
                () -> {
                    if (!reloadSoon.isRunning()) {
                        reloadSoon.start();
                    }
                });
        return this;
    }

    public void open() {
        WorkerEvents.whileOpen(dialog, outboxUseCases.outbox().worker(), () -> {
            if (dialog.isDisplayable() && !reloadSoon.isRunning()) {
                reloadSoon.start();
            }
        });
        reload();
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), table);
    }

    private void reload() {
        User actor = context.user();
        OutboxService outbox = outboxUseCases.outbox();
        context.inBackground(dialog, () -> new Snapshot(outbox.list(actor), outbox.accountNames(actor),
                paceText(outbox, actor)), snap -> {
            OutboxEntry selected = selected();
            model.show(snap.entries(), snap.accounts());
            if (selected != null) {
                int row = model.rowOf(selected.id());
                if (row >= 0) {
                    table.getSelectionModel().setSelectionInterval(row, row);
                }
            }
            long waiting = snap.entries().stream().filter(e -> e.state().isWaiting()).count();
            long failed = snap.entries().stream().filter(e -> e.state() == OutboxState.FAILED).count();
            state.setText(context.text("ui.outbox.summary", waiting, failed));
            pace.setText(snap.pace());
            pace.setVisible(!snap.pace().isEmpty());
            selectionChanged();
        });
    }

    /** "Secrétariat : 312 e-mails en attente — fin prévue vers 15 h 40", one line per account slowed down. */
    private String paceText(OutboxService outbox, User actor) {
        Clock clock = outbox.pace().clock();
        List<String> lines = new ArrayList<>();
        for (AccountPace account : outbox.pace().waiting(actor)) {
            if (account.limited() && account.finishesAt().isPresent()) {
                String finish = context.messages().get(PaceText.finish(account.finishesAt().get(), clock.instant(),
                        clock.getZone()));
                lines.add(context.text("outbox.pace.account", account.accountName(),
                        context.text("outbox.pace.waitingUntil", account.waiting(), finish)));
            }
        }
        return lines.isEmpty() ? "" : "<html>" + String.join("<br>", lines.stream().map(OutboxDialog::escape).toList())
                + "</html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private OutboxEntry selected() {
        int row = table.getSelectedRow();
        return row < 0 || row >= model.getRowCount() ? null : model.entry(row);
    }

    private void selectionChanged() {
        OutboxEntry e = selected();
        detail.setText(e == null ? "" : detailOf(e));
        retry.setEnabled(e != null && (e.state() == OutboxState.FAILED || e.state() == OutboxState.CANCELLED
                || e.state() == OutboxState.DEFERRED));
        cancel.setEnabled(e != null && (e.state() == OutboxState.QUEUED || e.state() == OutboxState.DEFERRED
                || e.state() == OutboxState.FAILED));
    }

    /** The selected message's last error in full, the server's own words, and who refused it. */
    private String detailOf(OutboxEntry e) {
        StringBuilder text = new StringBuilder(e.subject());
        e.error().ifPresent(error -> text.append(" — ").append(context.messages().get(error)));
        if (e.serverReply() != null && e.error().isPresent()) {
            text.append('\n').append(context.text("diagnosis.serverReply", e.serverReply()));
        }
        if (!e.refused().isEmpty()) {
            text.append('\n').append(context.text("ui.outbox.refused", String.join("; ", e.refused())));
        }
        return text.toString();
    }

    /** Cells too narrow for their text show it whole in a tooltip. */
    private static final class TooltipRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected,
                                                       boolean hasFocus, int row, int column) {
            Component c = super.getTableCellRendererComponent(table, value, isSelected, hasFocus, row, column);
            String text = value == null ? "" : value.toString();
            setToolTipText(text.isEmpty() ? null : Swing.wrapped(text, 500));
            return c;
        }
    }

    private void retrySelected() {
        OutboxEntry e = selected();
        if (e != null) {
            User actor = context.user();
            context.inBackground(dialog, () -> {
                outboxUseCases.outbox().retry(actor, e.id());
                return null;
            }, done -> reload());
        }
    }

    private void cancelSelected() {
        OutboxEntry e = selected();
        if (e != null) {
            User actor = context.user();
            context.inBackground(dialog, () -> {
                outboxUseCases.outbox().cancel(actor, e.id());
                return null;
            }, done -> reload());
        }
    }
}
