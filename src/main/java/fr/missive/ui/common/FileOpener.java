package fr.missive.ui.common;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a file in the application the system associates with it; tests record the file instead. */
@FunctionalInterface
public interface FileOpener {

    /**
     * Called off the EDT: a desktop may take a while to start the viewer.
     *
     * @throws IOException                   when no application opens this type of file
     * @throws UnsupportedOperationException when this computer has no desktop to open it with
     */
    void open(Path file) throws IOException;

    /** {@link Desktop#open}; {@link UiContext#openFile} turns its failures into a plain sentence. */
    static FileOpener system() {
        return file -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new UnsupportedOperationException("No desktop to open files with");
            }
            Desktop.getDesktop().open(file.toFile());
        };
    }

    /**
     * The sentence for a file nothing on this computer opens: for a PDF, that no PDF reader is
     * installed (the commonest case on a new PC); otherwise which type of file lacks an application.
     */
    static MissiveException cannotOpen(Path file, Throwable cause) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && dot < name.length() - 1 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        UserMessage message = ".pdf".equals(extension) ? UserMessage.of("ui.open.noPdfViewer", name)
                : extension.isEmpty() ? UserMessage.of("ui.open.noApplication", name)
                : UserMessage.of("ui.open.noApplicationFor", name, extension);
        return new MissiveException(message, cause);
    }
}
