package fr.missive.ui.sentlog;

import fr.missive.app.sentlog.SentLogService;
import fr.missive.app.letters.PdfFileNames;
import fr.missive.model.sentlog.SentAttachment;
import fr.missive.model.users.User;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The files a logged message carried, read from the bytes that left: Open (or a double-click)
 * writes the file to a temporary folder and hands it to the system's viewer; Save as… writes it
 * where the user chooses. Reading and writing happen off the EDT.
 */
final class AttachmentsPane {

    private final UiContext context;
    private final SentLogService sentLog;
    private final JComponent parent;
    private final DefaultListModel<String> names = new DefaultListModel<>();
    private final JList<String> list = new JList<>(names);
    private final JButton open;
    private final JButton saveAs;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, fill", "[grow,fill][]", "[][grow,fill]"));
    private final JLabel status = new JLabel(" ");
    private Long messageId;

    AttachmentsPane(UiContext context, SentLogService sentLog, JComponent parent) {
        this.context = context;
        this.sentLog = sentLog;
        this.parent = parent;
        list.setName("sentAttachments");
        ReadAloud.named(list, context.text("ui.a11y.attachments"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(3);
        open = Swing.button("sentOpen", context.text("ui.sent.open"), this::openSelected);
        saveAs = Swing.button("sentSaveAs", context.text("ui.sent.saveAs"), this::saveSelected);
        status.setName("sentAttachmentStatus");
        list.addListSelectionListener(e -> enable());
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && list.locationToIndex(e.getPoint()) >= 0) {
                    openSelected();
                }
            }
        });
        panel.add(new JLabel(context.text("ui.sent.attachments")), "span, wrap");
        panel.add(new JScrollPane(list), "hmin 60");
        JPanel buttons = new JPanel(new MigLayout("insets 0, wrap 1", "[fill]"));
        buttons.add(open, "sizegroup b");
        buttons.add(saveAs, "sizegroup b");
        panel.add(buttons, "top, wrap");
        panel.add(status, "span, growx, wmin 0");
        enable();
    }

    JPanel component() {
        return panel;
    }

    /** The message shown, or null; its attachments' names as the detail pane read them. */
    void show(Long id, List<String> fileNames) {
        messageId = id;
        names.clear();
        fileNames.forEach(names::addElement);
        status.setText(" ");
        if (!names.isEmpty()) {
            list.setSelectedIndex(0);
        }
        enable();
    }

    private void enable() {
        boolean chosen = messageId != null && list.getSelectedIndex() >= 0;
        open.setEnabled(chosen);
        saveAs.setEnabled(chosen);
    }

    private void openSelected() {
        Long id = messageId;
        int index = list.getSelectedIndex();
        if (id == null || index < 0) {
            return;
        }
        User actor = context.user();
        context.inBackground(parent, () -> {
            SentAttachment file = read(actor, id, index);
            Path folder = Files.createTempDirectory("missive-");
            Path written = folder.resolve(safeName(file.fileName()));
            Files.write(written, file.bytes());
            written.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            context.openFile(written);
            return file.fileName();
        }, name -> status.setText(context.text("ui.sent.opened", name)));
    }

    private void saveSelected() {
        Long id = messageId;
        int index = list.getSelectedIndex();
        if (id == null || index < 0) {
            return;
        }
        JFileChooser chooser = FileChoosers.inLanguage(context.messages(), "sentSaveChooser");
        chooser.setSelectedFile(new File(safeName(names.get(index))));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        User actor = context.user();
        context.inBackground(parent, () -> {
            SentAttachment file = read(actor, id, index);
            Files.write(target, file.bytes());
            return target;
        }, path -> status.setText(context.text("ui.sent.saved", path.getFileName(), path.getParent())));
    }

    private SentAttachment read(User actor, long id, int index) throws IOException {
        List<SentAttachment> files = sentLog.attachments(actor, id);
        if (index >= files.size()) {
            throw new IOException("attachment " + index + " of message " + id + " not found");
        }
        return files.get(index);
    }

    /** A name every file system accepts: no folder separators or reserved characters. */
    static String safeName(String name) {
        String safe = PdfFileNames.safe(name);
        return safe.isEmpty() ? "piece-jointe" : safe;
    }
}
