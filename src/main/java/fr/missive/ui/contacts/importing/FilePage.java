package fr.missive.ui.contacts.importing;

import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.nio.file.Path;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** The first page: which CSV file to import, typed or chosen with a file chooser. */
final class FilePage {

    private final UiContext context;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 3, fillx", "[right][grow,fill][]"));
    private final JTextField path = new JTextField(40);
    private final FieldCell pathCell = new FieldCell("importFile", path);

    FilePage(UiContext context, Runnable onTyped) {
        this.context = context;
        panel.add(Swing.wrappedHint(context.text("ui.import.fileIntro"), 520), "span 3, left, gapbottom 12");
        panel.add(Swing.label(context.text("ui.import.file"), path), "top, gaptop 4");
        panel.add(pathCell);
        panel.add(Swing.button("importBrowse", context.text("ui.import.browse"), this::browse), "top");
        Swing.onTextChange(path, text -> onTyped.run());
    }

    JPanel panel() {
        return panel;
    }

    Component focus() {
        return path;
    }

    boolean hasFile() {
        return !path.getText().isBlank();
    }

    Path file() {
        return Path.of(path.getText().strip());
    }

    void showError(String text) {
        pathCell.showError(text);
    }

    void clearError() {
        pathCell.clearError();
    }

    private void browse() {
        FileChoosers.open(panel, context.messages(), "importChooser", context.text("ui.import.chooseTitle"),
                context.text("ui.import.csvFilter"), "csv", "txt").ifPresent(file -> path.setText(file.toString()));
    }
}
