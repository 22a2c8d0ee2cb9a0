package fr.missive.ui.common;

import fr.missive.app.changes.Changes;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.SwingUtilities;

/**
 * A window that shows what other PCs change in a shared database while it is open: {@code
 * onChange} runs on the EDT after each change of the topic, and the window stops listening once
 * it is closed.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static void whileOpen(Window window, Changes changes, Changes.Topic topic, Runnable onChange) {
        Runnable unsubscribe = changes.subscribe(topic, change -> SwingUtilities.invokeLater(() -> {
            if (window.isDisplayable()) {
                onChange.run();
            }
        }));
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                unsubscribe.run();
            }
        });
    }
}
