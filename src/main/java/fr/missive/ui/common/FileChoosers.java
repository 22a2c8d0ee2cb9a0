package fr.missive.ui.common;

import fr.missive.i18n.Messages;
import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The "Open" file chooser, in the user's language, limited to some kinds of file. */
public final class FileChoosers {

    private FileChoosers() {
    }

    /** @return the file chosen, or empty when the user cancelled */
    public static Optional<Path> open(Component parent, Messages messages, String name, String title,
                                      String filterDescription, String... extensions) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName(name);
        // The chooser's own texts follow its locale, read when its UI is installed.
        chooser.setLocale(messages.locale());
        chooser.updateUI();
        chooser.setDialogTitle(title);
        chooser.setAcceptAllFileFilterUsed(false);
        chooser.setFileFilter(new FileNameExtensionFilter(filterDescription, extensions));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        return Optional.of(chooser.getSelectedFile().toPath());
    }
}
