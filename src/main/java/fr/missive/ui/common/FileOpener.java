package fr.missive.ui.common;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file in the application the system associates with it; tests record the file instead. */
@FunctionalInterface
public interface FileOpener {

    /** Called off the EDT: a desktop may take a while to start the viewer. */
    void open(Path file) throws IOException;

    /** {@link Desktop#open}, or a clear refusal when this computer has no desktop to open it with. */
    static FileOpener system() {
        return file -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new MissiveException(UserMessage.of("ui.sent.cannotOpen", file.getFileName().toString()));
            }
            Desktop.getDesktop().open(file.toFile());
        };
    }
}
