package fr.missive.ui.contacts.importing;

import fr.missive.app.contacts.importing.ImportProgress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Hands the import's progress from its thread to the EDT, keeping only the latest figures: a
 * burst of reports costs one repaint, never a queue of stale ones.
 */
final class ProgressRelay implements ImportProgress {

    /** One report of the import. */
    record Step(Phase phase, int done, int total) {
    }

    private final AtomicReference<Step> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<Step> onEdt;

    ProgressRelay(Consumer<Step> onEdt) {
        this.onEdt = onEdt;
    }

    @Override
    public void update(Phase phase, int done, int total) {
        latest.set(new Step(phase, done, total));
        if (scheduled.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(() -> {
                scheduled.set(false);
                onEdt.accept(latest.get());
            });
        }
    }
}
