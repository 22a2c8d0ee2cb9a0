package fr.missive.ui.setup;

import fr.missive.app.ValidationException;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.shared.SharedDatabaseService;
import fr.missive.app.shared.SharedDatabaseSetup;
import fr.missive.model.mail.Password;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.CardLayout;
import java.awt.Window;
import java.time.Duration;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JSeparator;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * Configuration › "Move up to a shared database…", for an administrator on a one-PC folder: the
 * empty PostgreSQL database, the user Missive connects with, and this PC's name in the school's
 * list. The delivery stops, every table is copied and checked in the background with its progress
 * and a Cancel; then the window says what was moved and Missive restarts on the shared database.
 * A failed or cancelled move leaves this PC on its own database, delivering again.
 */
public final class MoveToSharedDatabaseDialog {

    private static final int TEXT_WIDTH = 600;
    private static final String FORM = "form";
    private static final String DONE = "done";

    private final UiContext context;
    private final SharedDatabaseService shared;
    private final OutboxService outbox;
    private final Runnable restart;
    private final JDialog dialog;
    private final JTextField host = new JTextField(20);
    private final JTextField port = new JTextField("5432", 6);
    private final JTextField database = new JTextField("missive", 14);
    private final JTextField user = new JTextField(14);
    private final JPasswordField password = new JPasswordField(14);
    private final JTextField pcName = new JTextField("secretariat", 14);
    private final FieldErrors errors;
    private final JProgressBar progress = new JProgressBar();
    private final JLabel state = Swing.hint(" ");
    private final JLabel summary = new JLabel();
    private final CardLayout cardLayout = new CardLayout();
    private final JPanel cards = new JPanel(cardLayout);
    private final JButton move;
    private final JButton cancel;
    private final JButton restartButton;
    private final DiscardCheck discard;
    private BackgroundTasks.Job running;
    private boolean moved;

    /**
     * @param restart called on the EDT, this dialog closed, once the folder points at the shared
     *                database: closes the windows and opens the folder again
     */
    public MoveToSharedDatabaseDialog(UiContext context, SharedDatabaseService shared, OutboxService outbox,
                                      Window owner, Runnable restart) {
        this.context = context;
        this.shared = shared;
        this.outbox = outbox;
        this.restart = restart;
        dialog = new JDialog(owner, context.text("ui.moveUp.title"), JDialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName("moveToSharedDatabaseDialog");
        // The close box asks before typed settings are lost; once moved it restarts, as the button does.
        discard = DiscardCheck.on(dialog, context::messages, this::closed);
        errors = new FieldErrors(context::messages);
        move = Swing.button("moveUpStart", context.text("ui.moveUp.move"), this::move);
        cancel = Swing.button("moveUpCancel", context.text("ui.button.cancel"), this::cancelOrClose);
        restartButton = Swing.button("moveUpRestart", context.text("ui.moveUp.restart"), this::restart);
        build();
    }

    private void build() {
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        form.add(Swing.wrappedHint(context.text("ui.moveUp.intro"), TEXT_WIDTH), "span 2, left, gapbottom 8");
        field(form, "host", "ui.moveUp.host", host);
        field(form, "port", "ui.moveUp.port", port);
        field(form, "database", "ui.moveUp.database", database);
        field(form, "user", "ui.moveUp.user", user);
        field(form, "password", "ui.moveUp.password", password);
        field(form, "pcName", "ui.moveUp.pcName", pcName);
        form.add(Swing.hint(context.text("ui.moveUp.pcNameHint")), "skip 1, left");
        progress.setName("moveUpProgress");
        progress.setStringPainted(false);
        progress.setVisible(false);
        form.add(progress, "span 2, growx, gaptop 8");
        state.setName("moveUpState");
        form.add(state, "span 2, left");

        JPanel done = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]"));
        summary.setName("moveUpSummary");
        done.add(summary);

        cards.add(form, FORM);
        cards.add(done, DONE);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1, fill", "[grow,fill]", "[grow,fill][][]"));
        content.add(cards);
        content.add(new JSeparator(), "gaptop 8");
        restartButton.setVisible(false);
        content.add(Swing.buttonBar(move, cancel, restartButton));
        dialog.setContentPane(content);
        Swing.keys(dialog, move, this::cancelOrClose);
    }

    private void field(JPanel form, String name, String labelKey, JTextField input) {
        form.add(Swing.label(context.text(labelKey), input));
        form.add(errors.register(name, new FieldCell(name, input)), input.getColumns() < 10 ? "growx 0" : "");
    }

    public void open() {
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        Swing.showCentred(dialog, dialog.getOwner(), host);
    }

    private void move() {
        errors.clear();
        SharedDatabaseService.MoveRequest request;
        try {
            request = new SharedDatabaseService.MoveRequest(host.getText(), port.getText(), database.getText(),
                    user.getText(), Password.of(password.getPassword()), pcName.getText());
        } catch (ValidationException invalid) {
            errors.showIn(dialog, invalid.errors());
            return;
        }
        setBusy(true);
        var actor = context.user();
        running = context.background().submitLong(cancelled -> {
            // Nothing may be sent from this database while it is copied: the copy would say "waiting".
            outbox.stopDelivery(Duration.ofSeconds(30));
            try {
                return shared.moveUp(actor, request, (table, index, count) ->
                        SwingUtilities.invokeLater(() -> showTable(table, index, count)), cancelled);
            } catch (RuntimeException e) {
                outbox.startDelivery();
                throw e;
            } finally {
                request.password().clear();
            }
        }, this::moved, this::failed);
    }

    private void showTable(String table, int index, int count) {
        if (running == null) {
            return;
        }
        progress.setIndeterminate(false);
        progress.setMaximum(count);
        progress.setValue(index + 1);
        state.setText(context.text("ui.moveUp.copying", index + 1, count, table));
    }

    private void moved(SharedDatabaseSetup.Moved result) {
        running = null;
        moved = true;
        if (!dialog.isDisplayable()) {
            // Closed while the copy ended: the folder is on the server now, this session may not go on.
            restart.run();
            return;
        }
        discard.unchangedNow();
        dialog.setCursor(null);
        summary.setText(Swing.wrapped(context.text("ui.moveUp.done", result.tables(), result.rows()), TEXT_WIDTH));
        cardLayout.show(cards, DONE);
        move.setVisible(false);
        cancel.setVisible(false);
        restartButton.setVisible(true);
        dialog.getRootPane().setDefaultButton(restartButton);
        restartButton.requestFocusInWindow();
    }

    private void failed(Throwable failure) {
        running = null;
        setBusy(false);
        Throwable cause = ErrorReporter.unwrap(failure);
        if (cause instanceof ValidationException invalid) {
            errors.showIn(dialog, invalid.errors());
        } else {
            context.errors().report(dialog, cause);
        }
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        progress.setIndeterminate(true);
        state.setText(busy ? context.text("ui.moveUp.connecting") : " ");
        for (JComponent c : new JComponent[] {host, port, database, user, password, pcName}) {
            c.setEnabled(!busy);
        }
        Swing.busy(dialog, busy, move);
        Swing.growToFit(dialog);
    }

    /** Cancel stops a running copy (the shared database left empty); once moved, closing restarts. */
    private void cancelOrClose() {
        if (moved) {
            restart();
        } else if (running != null) {
            running.cancel();
            state.setText(context.text("ui.moveUp.cancelling"));
        } else {
            discard.close();
        }
    }

    /** The window closed by its close box, the user having agreed: a running copy is asked to stop. */
    private void closed() {
        if (moved) {
            restart();
            return;
        }
        if (running != null) {
            running.cancel();
        }
        dialog.dispose();
    }

    private void restart() {
        dialog.dispose();
        restart.run();
    }
}
