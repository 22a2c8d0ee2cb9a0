package fr.missive.ui.compose;

import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/**
 * Files chosen from the disk, with Add and Remove beside the list: an e-mail's attachments,
 * the documents sent to everyone. Components are named {@code prefix + "List"}, the buttons
 * and the chooser by the names given.
 */
final class FilesField {

    private final DefaultListModel<Path> files = new DefaultListModel<>();
    private final JList<Path> list = new JList<>(files);
    private final JButton add;
    private final JButton remove;

    /**
     * @param names the list's, the add button's, the remove button's and the chooser's names
     */
    FilesField(UiContext context, Component parent, String addTextKey, int rows, String... names) {
        list.setName(names[0]);
        list.setVisibleRowCount(rows);
        add = Swing.button(names[1], context.text(addTextKey), () ->
                FileChoosers.openSeveral(parent, context.messages(), names[3]).forEach(files::addElement));
        remove = Swing.button(names[2], context.text("ui.compose.remove"), () ->
                list.getSelectedValuesList().forEach(files::removeElement));
    }

    /** Shows each file by its name, the whole path in its tooltip. */
    FilesField namesOnly() {
        list.setCellRenderer((l, path, index, selected, focused) -> {
            JLabel label = new JLabel(path.getFileName().toString());
            label.setToolTipText(path.toString());
            label.setOpaque(true);
            label.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            label.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return label;
        });
        return this;
    }

    /** The label, the list and the two buttons, as one row of a three-column form. */
    void addTo(JPanel p, String label) {
        p.add(Swing.label(label, list), "top");
        p.add(new JScrollPane(list));
        p.add(add, "split 2, flowy, top, sizegroup side");
        p.add(remove, "sizegroup side");
    }

    void add(Path file) {
        files.addElement(file);
    }

    List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            paths.add(files.get(i));
        }
        return paths;
    }

    int size() {
        return files.size();
    }

    JList<Path> list() {
        return list;
    }
}
