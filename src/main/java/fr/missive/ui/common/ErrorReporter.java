package fr.missive.ui.common;

import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import java.awt.Component;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the user that something failed, in their language and without a stack trace: a
 * {@link MissiveException} carries its own sentence; anything else is a bug, said in one
 * short sentence while the details go to the log.
 */
public final class ErrorReporter {

    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

    private final Supplier<Messages> messages;

    public ErrorReporter(Supplier<Messages> messages) {
        this.messages = messages;
    }

    /** The sentence the user reads for this failure. */
    public String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof MissiveException missive) {
            return messages.get().get(missive.userMessage());
        }
        return messages.get().get("ui.error.unexpected");
    }

    /** Shows the failure in a message box; must be called on the EDT. */
    public void report(Component parent, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof MissiveException refused) {
            // The sentence's key and what caused it, not its arguments: those name pupils and families.
            LOG.log(Level.INFO, () -> "Refused: " + refused.userMessage().key()
                    + (refused.getCause() == null ? "" : " (" + refused.getCause() + ")"));
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure", cause);
        }
        // Work that ends after its window was closed (the data folder closing under a last read)
        // has nobody to tell: a dialog then would stand alone, in front of whatever comes next.
        java.awt.Window window = parent instanceof java.awt.Window own ? own
                : parent == null ? null : javax.swing.SwingUtilities.getWindowAncestor(parent);
        if (window != null && !window.isDisplayable()) {
            LOG.log(Level.INFO, "Not shown: its window was closed before the work ended");
            return;
        }
        Alerts.error(parent, messages.get(), describe(cause));
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
