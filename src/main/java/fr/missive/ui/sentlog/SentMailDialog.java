package fr.missive.ui.sentlog;

import fr.missive.app.returns.BouncedLetters;
import fr.missive.app.returns.ReturnLines;
import fr.missive.app.returns.ReturnsService;
import fr.missive.app.returns.ReturnsUseCases;
import fr.missive.app.sentlog.RecipientReport;
import fr.missive.model.returns.MailingReturns;
import fr.missive.model.returns.RecipientReturns;
import fr.missive.ui.common.ReadAloud;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import fr.missive.app.sentlog.SentDetails;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import fr.missive.model.users.User;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ColumnWidths;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * Mail > Sent mail: the log of what left, for the accounts the user may see (a drop-down),
 * sortable by every column, searched and filtered by dates and status; the selected message's
 * recipients, text, attachments, server reply and Sent-folder copy on the right; resend.
 */
public final class SentMailDialog {

    private record Snapshot(List<SentEntry> entries, Map<Long, String> accounts) {
    }

    private static final ZoneId ZONE = ZoneId.systemDefault();
    /** The widest date and time in every format, to size the date column. */
    private static final Instant LATE = java.time.LocalDateTime.of(2026, 12, 31, 23, 59).atZone(ZONE).toInstant();

    private final UiContext context;
    private final SentLogService sentLog;
    private final JDialog dialog;
    private final SentTableModel model;
    private final JTable table;
    private final JComboBox<Choice<Long>> account = new JComboBox<>();
    private final JComboBox<Choice<OutboxState>> status = new JComboBox<>();
    private final JTextField search = new JTextField(18);
    private final JTextField since = new JTextField(8);
    private final JTextField until = new JTextField(8);
    private final JTextArea detail = new JTextArea(20, 30);
    private final JLabel summary = new JLabel(" ");
    private final JButton resend;
    private final JButton forward;
    private final JButton retention;
    private final JButton close;
    private final AttachmentsPane attachments;
    private final Timer searchSoon;
    private final RecipientReport recipientReport;
    private final ReturnsUseCases returns;
    private final ReturnLines returnLines;
    /** "Non reçus": only the messages one of whose recipients bounced or is still delayed. */
    private final JCheckBox notReceived = new JCheckBox();
    private final JButton printBounced;
    private long loads;

    public SentMailDialog(UiContext context, SentLogService sentLog, ReturnsUseCases returns, Window owner) {
        this.context = context;
        this.sentLog = sentLog;
        this.returns = returns;
        this.returnLines = new ReturnLines(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.messages().locale()).withZone(ZONE), m -> context.messages().get(m));
        printBounced = Swing.button("sentPrintBounced", context.text("ui.sent.printBounced"), this::printBounced);
        this.recipientReport = new RecipientReport(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.messages().locale()).withZone(ZONE), key -> context.text(key));
        this.dialog = new JDialog(owner);
        this.model = new SentTableModel(context.messages());
        this.table = new JTable(model);
        resend = Swing.button("sentResend", context.text("ui.sent.resend"), this::resendSelected);
        forward = Swing.button("sentForward", context.text("ui.sent.forward"), this::forwardSelected);
        retention = Swing.button("sentRetention", context.text("ui.sent.retention"),
                () -> new RetentionDialog(context, sentLog, dialog, this::reload).open());
        // Staff do not see the administrator's setting at all.
        retention.setVisible(context.user().isAdmin());
        attachments = new AttachmentsPane(context, sentLog, table);
        close = Swing.button("sentClose", context.text("ui.button.close"), dialog::dispose);
        searchSoon = new Timer(250, e -> reload());
        searchSoon.setRepeats(false);
        build();
    }

    private void build() {
        dialog.setName("sentDialog");
        dialog.setTitle(context.text("ui.sent.title"));
        table.setName("sentTable");
        ReadAloud.named(table, context.text("ui.a11y.sent.table"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(true);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                selectionChanged();
            }
        });
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.messages().locale()).withZone(ZONE);
        table.setDefaultRenderer(Instant.class, new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setText(value == null ? "" : time.format((Instant) value));
            }
        });
        ColumnWidths.fit(table, 0, List.of(time.format(LATE)));
        ColumnWidths.atLeastTitle(table, 1, 110);
        ColumnWidths.atLeastTitle(table, 2, 190);
        ColumnWidths.atLeastTitle(table, 3, 220);
        ColumnWidths.fit(table, 4, model.stateTexts());
        ColumnWidths.fit(table, 5, model.copyTexts());
        // The scroll pane asks for room for every column, not Swing's default 450 pixels.
        table.setPreferredScrollableViewportSize(new java.awt.Dimension(
                table.getColumnModel().getTotalColumnWidth(), 400));
        account.setName("sentAccount");
        status.setName("sentStatus");
        search.setName("sentSearch");
        since.setName("sentSince");
        until.setName("sentUntil");
        since.setToolTipText(context.text("ui.sent.dateHint"));
        until.setToolTipText(context.text("ui.sent.dateHint"));
        detail.setName("sentDetail");
        ReadAloud.named(detail, context.text("ui.a11y.sent.detail"));
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        summary.setName("sentSummary");
        status.addItem(new Choice<>(null, context.text("ui.sent.allStatus")));
        for (OutboxState s : List.of(OutboxState.SENT, OutboxState.FAILED, OutboxState.CANCELLED)) {
            status.addItem(new Choice<>(s, context.text(s.messageKey())));
        }
        account.addActionListener(e -> reload());
        status.addActionListener(e -> reload());
        Swing.onTextChange(search, text -> searchSoon.restart());
        Swing.onTextChange(since, text -> searchSoon.restart());
        Swing.onTextChange(until, text -> searchSoon.restart());

        JPanel filters = new JPanel(new MigLayout("insets 0", "[][fill]16[][]16[][]16[][]push"));
        filters.add(Swing.label(context.text("ui.sent.account"), account));
        filters.add(account, "wmin 160");
        filters.add(Swing.label(context.text("ui.sent.status"), status));
        filters.add(status);
        filters.add(Swing.label(context.text("ui.sent.since"), since));
        filters.add(since);
        filters.add(Swing.label(context.text("ui.sent.until"), until));
        filters.add(until, "wrap");
        filters.add(Swing.label(context.text("ui.sent.search"), search));
        filters.add(search, "span 5, growx");
        notReceived.setName("sentNotReceived");
        notReceived.setText(context.text("ui.sent.notReceived"));
        notReceived.setToolTipText(context.text("ui.sent.notReceivedHint"));
        notReceived.addActionListener(e -> reload());
        filters.add(notReceived, "span");
        JPanel right = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[grow,fill][]"));
        right.add(new JScrollPane(detail), "wmin 240, w 380:380");
        right.add(attachments.component());
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), right);
        split.setResizeWeight(0.7);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][grow,fill][][]"));
        content.add(filters);
        content.add(split, "w 900:1260, h 360:600");
        content.add(summary);
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx, hidemode 3", "[]push[]"));
        buttons.add(retention);
        printBounced.setToolTipText(context.text("ui.sent.printBouncedHint"));
        buttons.add(Swing.buttonBar(null, close, printBounced, resend, forward));
        content.add(buttons, "growx, gaptop 8");
        dialog.setContentPane(content);
        Swing.keys(dialog, close, dialog::dispose);
        selectionChanged();
    }

    /** Shows the messages other PCs send while open: the page shown is read again. */
    public SentMailDialog followingChanges(fr.missive.app.changes.Changes changes) {
        fr.missive.ui.common.LiveUpdates.whileOpen(dialog, changes, fr.missive.app.changes.Changes.Topic.OUTBOX,
                () -> {
                    if (!searchSoon.isRunning()) {
                        searchSoon.start();
                    }
                });
        return this;
    }

    public void open() {
        User actor = context.user();
        SentLogService log = sentLog;
        context.inBackground(dialog, () -> log.visibleAccounts(actor), accounts -> {
            account.addItem(new Choice<>(null, context.text("ui.sent.allAccounts")));
            for (Account a : accounts) {
                account.addItem(new Choice<>(a.id(), a.name()));
            }
            reload();
        });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), search);
    }

    private void reload() {
        User actor = context.user();
        SentLogService log = sentLog;
        Long accountId = Swing.selected(account);
        OutboxState state = Swing.selected(status);
        Instant from = day(since.getText(), 0);
        Instant to = day(until.getText(), 1);
        SentFilter filter = new SentFilter(accountId == null ? Set.of() : Set.of(accountId), from, to,
                state == null ? null : Set.of(state), search.getText());
        long load = ++loads;
        boolean onlyNotReceived = notReceived.isSelected();
        ReturnsService service = returns.service();
        context.inBackground(dialog, () -> {
            List<SentEntry> entries = log.list(actor, filter);
            return new Snapshot(onlyNotReceived ? service.notReceived(entries) : entries, log.accountNames(actor));
        }, snap -> {
            if (load != loads) {
                return;
            }
            model.show(snap.entries(), snap.accounts());
            summary.setText(context.text("ui.sent.summary", snap.entries().size()));
            selectionChanged();
        });
    }

    /** The start of the typed day (plus {@code plusDays}), or null when blank or not a date. */
    private static Instant day(String text, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private SentEntry selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.entry(table.convertRowIndexToModel(row));
    }

    private void selectionChanged() {
        SentEntry e = selected();
        resend.setEnabled(e != null);
        forward.setEnabled(e != null);
        if (e == null) {
            detail.setText("");
            attachments.show(null, List.of());
            return;
        }
        User actor = context.user();
        ReturnsService service = returns.service();
        context.inBackground(dialog, () -> new Detail(sentLog.details(actor, e.id()),
                List.copyOf(service.byRecipient(e.id()).values()),
                service.askedReadReceipt(List.of(e.id())).contains(e.id()),
                service.mailingReturns(List.of(e.id())).get(e.id())), both -> {
            SentDetails d = both.details();
            if (e.equals(selected())) {
                detail.setText(detailOf(d, both));
                detail.setCaretPosition(0);
                attachments.show(e.id(), d.content().attachments());
            }
        });
    }

    /**
     * A message's details and what came back for its recipients, loaded together off the EDT.
     *
     * @param receiptAsked the message asked for a read receipt
     * @param mailing      what came back of the mailing it was sent in, null when sent alone
     */
    private record Detail(SentDetails details, List<RecipientReturns> returns, boolean receiptAsked,
                          MailingReturns mailing) {
    }

    private String detailOf(SentDetails d, Detail more) {
        List<RecipientReturns> came = more.returns();
        SentEntry e = d.entry();
        StringBuilder text = new StringBuilder();
        line(text, "ui.sent.detail.account", d.accountName());
        line(text, "ui.sent.detail.from", e.from());
        line(text, "ui.sent.detail.to", String.join(", ", d.content().to()));
        if (!d.content().cc().isEmpty()) {
            line(text, "ui.sent.detail.cc", String.join(", ", d.content().cc()));
        }
        line(text, "ui.sent.detail.envelope", String.join(", ", e.recipients()));
        line(text, "ui.sent.detail.subject", e.subject());
        if (e.origin().template() != null) {
            line(text, "ui.sent.detail.template", e.origin().template());
        }
        if (!e.origin().contacts().isEmpty()) {
            line(text, "ui.sent.detail.contacts", e.origin().contactNames());
        }
        if (e.origin().about() != null) {
            line(text, "ui.sent.detail.aboutPupil", e.origin().aboutName());
        }
        line(text, "ui.sent.detail.attachments", String.join(", ", d.content().attachments()));
        String state = context.text(e.statusKey())
                + (e.lastError() == null ? "" : " — " + context.messages().get(e.lastError()));
        line(text, "ui.sent.detail.status", state);
        line(text, "ui.sent.detail.reply", e.serverReply() == null ? "" : e.serverReply());
        if (e.results().isEmpty() && !e.refused().isEmpty()) {
            line(text, "ui.sent.detail.refused", String.join("; ", e.refused()));
        }
        if (!e.results().isEmpty()) {
            text.append(context.text("ui.sent.detail.recipients")).append('\n');
            for (UserMessage result : recipientReport.lines(e)) {
                text.append("  ").append(context.messages().get(result)).append('\n');
            }
        }
        if (!came.isEmpty()) {
            text.append(context.text("ui.sent.detail.returns")).append('\n');
            for (RecipientReturns r : came) {
                text.append("  ").append(context.messages().get(returnLines.line(r))).append('\n');
                r.readReceipt().filter(receipt -> receipt != r.current().orElse(null)).ifPresent(receipt ->
                        text.append("  ").append(context.messages().get(returnLines.line(receipt))).append('\n'));
            }
        }
        line(text, "ui.sent.detail.readReceipt",
                context.messages().get(ReturnLines.receiptAsked(more.receiptAsked())));
        if (more.mailing() != null) {
            text.append(context.messages().get(returnLines.mailing(more.mailing()))).append('\n');
        }
        String copy = context.text(e.imapCopy().messageKey())
                + (e.imapError() == null ? "" : " — " + context.messages().get(e.imapError()));
        line(text, "ui.sent.detail.copy", copy);
        line(text, "ui.sent.detail.messageId", e.messageId());
        if (e.resendOf() != null) {
            line(text, "ui.sent.detail.resendOf", String.valueOf(e.resendOf()));
        }
        if (e.forwardOf() != null) {
            line(text, "ui.sent.detail.forwardOf", String.valueOf(e.forwardOf()));
        }
        text.append('\n').append(d.content().text());
        return text.toString();
    }

    private void line(StringBuilder text, String key, String value) {
        text.append(context.text(key, value)).append('\n');
    }

    private void forwardSelected() {
        SentEntry e = selected();
        if (e != null) {
            new ForwardDialog(context, sentLog, dialog, e, id -> {
                summary.setText(context.text("ui.sent.forwarded", id));
                reload();
            }).open();
        }
    }

    private void resendSelected() {
        SentEntry e = selected();
        if (e == null) {
            return;
        }
        // Our own field rather than showInputDialog's, so that a screen reader says the question with it.
        JTextField answer = new JTextField(String.join(", ", e.recipients()), 40);
        answer.setName("sentResendTo");
        JLabel prompt = new JLabel(context.text("ui.sent.resendTo"));
        JPanel message = new JPanel(new MigLayout("insets 0, wrap 1", "[grow,fill]"));
        message.add(prompt);
        message.add(ReadAloud.labelled(prompt, answer));
        if (JOptionPane.showConfirmDialog(dialog, message, context.text("ui.sent.resend"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE) != JOptionPane.OK_OPTION) {
            return;
        }
        String typed = answer.getText().strip();
        String to = typed.equals(String.join(", ", e.recipients())) ? null : typed;
        User actor = context.user();
        context.inBackground(dialog, () -> sentLog.resend(actor, e.id(), to), id -> {
            summary.setText(context.text("ui.sent.resent", id));
            reload();
        });
    }

    /** Writes the letters of the bounced messages shown into a folder the user picks, to print. */
    private void printBounced() {
        List<SentEntry> shown = new java.util.ArrayList<>();
        for (int row = 0; row < model.getRowCount(); row++) {
            shown.add(model.entry(row));
        }
        JFileChooser chooser = fr.missive.ui.common.FileChoosers.inLanguage(context.messages(),
                "sentPrintBouncedChooser");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(context.text("ui.sent.printBouncedFolder"));
        if (chooser.showSaveDialog(dialog) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        java.nio.file.Path folder = chooser.getSelectedFile().toPath();
        User actor = context.user();
        BouncedLetters letters = returns.bouncedLetters();
        // Rendering the letters sent in the body takes a moment each: say how far it is.
        BouncedLetters.Progress progress = (done, total) -> javax.swing.SwingUtilities.invokeLater(() ->
                summary.setText(context.text("ui.sent.printingBounced", done, total)));
        context.inBackground(dialog, () -> letters.write(actor, shown, folder, progress), written -> {
            String text = context.text("ui.sent.printedBounced", written.files().size(), folder.toString());
            if (!written.withoutLetter().isEmpty()) {
                text += " " + context.text("ui.sent.bouncedWithoutLetter", written.withoutLetter().size());
            }
            summary.setText(text);
        });
    }
}
