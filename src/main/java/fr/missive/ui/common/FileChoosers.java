package fr.missive.ui.common;

import fr.missive.i18n.Messages;
import java.awt.Component;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The file choosers of Missive, in the user's language: open, open several, a folder, save. */
public final class FileChoosers {

    private FileChoosers() {
    }

    /** @return the file chosen, or empty when the user cancelled */
    public static Optional<Path> open(Component parent, Messages messages, String name, String title,
                                      String filterDescription, String... extensions) {
        JFileChooser chooser = inLanguage(messages, name);
        chooser.setDialogTitle(title);
        chooser.setAcceptAllFileFilterUsed(false);
        chooser.setFileFilter(new FileNameExtensionFilter(filterDescription, extensions));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    /**
     * The "Save" file chooser, proposing {@code suggestedName}; the extension is added when the
     * user typed a name without it, and replacing an existing file is asked first.
     *
     * @return the file to write, or empty when the user cancelled
     */
    public static Optional<Path> save(Component parent, Messages messages, String name, String title,
                                      String filterDescription, String suggestedName, String extension) {
        JFileChooser chooser = inLanguage(messages, name);
        chooser.setDialogTitle(title);
        chooser.setAcceptAllFileFilterUsed(false);
        chooser.setFileFilter(new FileNameExtensionFilter(filterDescription, extension));
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), suggestedName));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        String fileName = chosen.getFileName().toString();
        if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
            chosen = chosen.resolveSibling(fileName + "." + extension);
        }
        if (java.nio.file.Files.exists(chosen) && !Alerts.confirm(parent, messages,
                messages.get("ui.file.replaceQuestion", chosen.getFileName().toString()),
                messages.get("ui.file.replace"))) {
            return Optional.empty();
        }
        return Optional.of(chosen);
    }

    /** Any files, several at once; empty when the user cancelled. */
    public static List<Path> openSeveral(Component parent, Messages messages, String name) {
        JFileChooser chooser = inLanguage(messages, name);
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return List.of();
        }
        return Arrays.stream(chooser.getSelectedFiles()).map(java.io.File::toPath).toList();
    }

    /**
     * A folder, starting from {@code current} when it is not blank.
     *
     * @param approveText the approve button's text, or null for the chooser's own "Open"
     * @return the folder chosen, or empty when the user cancelled
     */
    public static Optional<Path> folder(Component parent, Messages messages, String name, String current,
                                        String approveText) {
        JFileChooser chooser = inLanguage(messages, name);
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (current != null && !current.isBlank()) {
            chooser.setCurrentDirectory(new java.io.File(current.strip()));
        }
        int answer = approveText == null ? chooser.showOpenDialog(parent) : chooser.showDialog(parent, approveText);
        if (answer != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    /** A chooser whose own texts (buttons, "Look in") are in the user's language. */
    public static JFileChooser inLanguage(Messages messages, String name) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName(name);
        // The chooser's own texts follow its locale, read when its UI is installed.
        chooser.setLocale(messages.locale());
        chooser.updateUI();
        return chooser;
    }

    /** A file name made of {@code text}, safe on Windows: "Convocation 3e A.md". */
    public static String safeFileName(String text, String extension) {
        String cleaned = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceAll("[. ]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "document";
        }
        return (cleaned.length() > 120 ? cleaned.substring(0, 120).strip() : cleaned) + "." + extension;
    }
}
