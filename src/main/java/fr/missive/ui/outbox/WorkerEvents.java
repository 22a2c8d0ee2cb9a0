package fr.missive.ui.outbox;

import fr.missive.app.outbox.DeliveryWorker;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.SwingUtilities;

/** Follows the delivery worker while a window is open: its changes reach the window on the EDT. */
final class WorkerEvents {

    private WorkerEvents() {
    }

    /** Calls {@code onChange} on the EDT after each change, from now until the window is closed. */
    static void whileOpen(Window window, DeliveryWorker worker, Runnable onChange) {
        Runnable listener = () -> SwingUtilities.invokeLater(onChange);
        worker.addListener(listener);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                worker.removeListener(listener);
            }
        });
    }
}
