package fr.missive.ui.sandbox;

import fr.missive.app.sandbox.DemoMailbox;
import fr.missive.model.sandbox.CaughtMessage;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * Mail > Demonstration mailbox, in sandbox mode only: what the sandbox "sent", as the built-in
 * mail catcher received it, newest first; the selected message's headers and text, and its
 * attachments to open or save. New arrivals appear by themselves.
 */
public final class DemoMailboxWindow {

    private static final Logger LOG = Logger.getLogger(DemoMailboxWindow.class.getName());
    private static final int REFRESH_MILLIS = 1_000;

    private final UiContext context;
    private final DemoMailbox demoMailbox;
    private final DemoMailbox mailbox;
    private final JDialog dialog;
    private final CaughtTableModel model;
    private final JTable table;
    private final JTextArea detail = new JTextArea(16, 30);
    private final DefaultListModel<String> attachmentNames = new DefaultListModel<>();
    private final JList<String> attachments = new fr.missive.ui.common.FittedList<>(attachmentNames);
    private final JLabel summary = new JLabel(" ");
    private final JButton openAttachment;
    private final JButton saveAttachment;
    private final Timer refresh;
    private int shownCount = -1;
    private boolean counting;

    public DemoMailboxWindow(UiContext context, DemoMailbox demoMailbox, Window owner) {
        this.context = context;
        this.demoMailbox = demoMailbox;
        this.mailbox = demoMailbox;
        this.dialog = new JDialog(owner);
        this.model = new CaughtTableModel(context.messages());
        this.table = new JTable(model);
        openAttachment = Swing.button("demoOpenAttachment", context.text("ui.sandbox.open"), this::openSelected);
        saveAttachment = Swing.button("demoSaveAttachment", context.text("ui.sandbox.save"), this::saveSelected);
        refresh = new Timer(REFRESH_MILLIS, e -> refreshIfNew());
        build();
    }

    private void build() {
        dialog.setName("demoMailbox");
        dialog.setTitle(context.text("ui.sandbox.mailbox.title"));
        table.setName("demoMessages");
        ReadAloud.named(table, context.text("ui.a11y.demo.messages"));
        table.setPreferredScrollableViewportSize(new java.awt.Dimension(760, 380));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(true);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                selectionChanged();
            }
        });
        ZoneId zone = ZoneId.systemDefault();
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.messages().locale()).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(context.messages().locale()).withZone(zone);
        // Today's messages by their time alone: the column stays narrow in a demonstration of the day.
        table.setDefaultRenderer(Instant.class, new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                Instant at = (Instant) value;
                boolean today = at != null && at.atZone(zone).toLocalDate().equals(java.time.LocalDate.now(zone));
                setText(at == null ? "" : (today ? time : dateTime).format(at));
            }
        });
        int[] widths = {80, 200, 210, 260, 230};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        detail.setName("demoDetail");
        ReadAloud.named(detail, context.text("ui.a11y.demo.detail"));
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        attachments.setName("demoAttachments");
        ReadAloud.named(attachments, context.text("ui.a11y.attachments"));
        attachments.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        attachments.setVisibleRowCount(3);
        attachments.addListSelectionListener(e -> updateButtons());
        summary.setName("demoSummary");

        JPanel right = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[grow,fill][][][]"));
        right.add(new JScrollPane(detail));
        right.add(new JLabel(context.text("ui.sandbox.attachments")), "gaptop 6");
        right.add(new JScrollPane(attachments), "hmin 60");
        right.add(Swing.buttonBar(null, null, openAttachment, saveAttachment));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), right);
        split.setResizeWeight(0.6);

        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][grow,fill][][]"));
        content.add(Swing.hint(context.text("ui.sandbox.mailbox.intro")));
        content.add(split, "w 900:1240, h 360:600");
        content.add(summary);
        JButton close = Swing.button("demoClose", context.text("ui.button.close"), dialog::dispose);
        content.add(Swing.buttonBar(null, close), "growx, gaptop 8");
        dialog.setContentPane(content);
        Swing.keys(dialog, close, dialog::dispose);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                refresh.stop();
            }
        });
        updateButtons();
    }

    public void open() {
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), table);
        reload();
        refresh.start();
    }

    /** Counts in the background, and reads the messages again only when some arrived. */
    private void refreshIfNew() {
        if (counting) {
            return;
        }
        counting = true;
        context.background().submit(mailbox::count, count -> {
            counting = false;
            if (count != shownCount) {
                reload();
            }
        }, failure -> {
            counting = false;
            LOG.log(Level.WARNING, "Could not count the demonstration mailbox", failure);
        });
    }

    private void reload() {
        CaughtMessage before = selected();
        context.inBackground(dialog, mailbox::messages, messages -> {
            shownCount = messages.size();
            model.show(messages);
            summary.setText(messages.isEmpty() ? context.text("ui.sandbox.empty")
                    : context.text("ui.sandbox.summary", messages.size()));
            reselect(before, messages);
        });
    }

    private void reselect(CaughtMessage before, List<CaughtMessage> messages) {
        int index = before == null ? (messages.isEmpty() ? -1 : 0) : indexOf(before.messageId(), messages);
        if (index >= 0) {
            int row = table.convertRowIndexToView(index);
            table.getSelectionModel().setSelectionInterval(row, row);
        } else {
            selectionChanged();
        }
    }

    private static int indexOf(String messageId, List<CaughtMessage> messages) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).messageId().equals(messageId)) {
                return i;
            }
        }
        return messages.isEmpty() ? -1 : 0;
    }

    private CaughtMessage selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.at(table.convertRowIndexToModel(row));
    }

    private void selectionChanged() {
        CaughtMessage m = selected();
        attachmentNames.clear();
        if (m == null) {
            detail.setText("");
        } else {
            detail.setText(detailOf(m));
            detail.setCaretPosition(0);
            m.content().attachments().forEach(attachmentNames::addElement);
            if (!attachmentNames.isEmpty()) {
                attachments.setSelectedIndex(0);
            }
        }
        updateButtons();
    }

    private String detailOf(CaughtMessage m) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(context.messages().locale()).withZone(ZoneId.systemDefault());
        StringBuilder text = new StringBuilder();
        line(text, "ui.sandbox.detail.date", time.format(m.received()));
        line(text, "ui.sent.detail.from", m.from());
        line(text, "ui.sent.detail.to", String.join(", ", m.content().to()));
        if (!m.content().cc().isEmpty()) {
            line(text, "ui.sent.detail.cc", String.join(", ", m.content().cc()));
        }
        line(text, "ui.sent.detail.subject", m.subject());
        line(text, "ui.sent.detail.attachments", String.join(", ", m.content().attachments()));
        text.append('\n').append(m.content().text());
        return text.toString();
    }

    private void line(StringBuilder text, String key, String value) {
        text.append(context.text(key, value)).append('\n');
    }

    private void updateButtons() {
        boolean chosen = selected() != null && attachments.getSelectedValue() != null;
        openAttachment.setEnabled(chosen);
        saveAttachment.setEnabled(chosen);
    }

    /** Writes the attachment to a temporary file and opens it with the system's program for it. */
    private void openSelected() {
        CaughtMessage m = selected();
        String name = attachments.getSelectedValue();
        if (m == null || name == null) {
            return;
        }
        context.inBackground(dialog, () -> {
            Path folder = Files.createTempDirectory("missive-demo");
            Path file = folder.resolve(FileChoosers.safeFileName(baseName(name), extension(name)));
            Files.write(file, bytes(m, name));
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            context.openFile(file);
            return file;
        }, file -> { });
    }

    private void saveSelected() {
        CaughtMessage m = selected();
        String name = attachments.getSelectedValue();
        if (m == null || name == null) {
            return;
        }
        String extension = extension(name);
        FileChoosers.save(dialog, context.messages(), "demoSaveChooser", context.text("ui.sandbox.save"),
                extension.toUpperCase(Locale.ROOT), name, extension).ifPresent(target ->
                context.inBackground(dialog, () -> Files.write(target, bytes(m, name)),
                        written -> summary.setText(context.text("ui.sandbox.saved", written.toString()))));
    }

    private byte[] bytes(CaughtMessage m, String name) {
        return mailbox.attachment(m, name).orElseThrow(() -> new UncheckedIOException(
                new IOException("attachment " + name + " not found")));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "bin" : name.substring(dot + 1);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
