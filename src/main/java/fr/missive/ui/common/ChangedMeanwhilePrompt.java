package fr.missive.ui.common;

import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.UserMessage;
import java.awt.Component;

/**
 * The question every editor of a shared record asks when its save was refused because someone
 * saved the record meanwhile: who and when, then reload the saved record or overwrite it with
 * what was typed. Nothing is changed in the editor before the user answers.
 */
public final class ChangedMeanwhilePrompt {

    /** What the user chose. */
    public enum Answer {
        /** Show the record as saved now; what was typed is replaced. */
        RELOAD,
        /** Save what was typed over the other change (named by its version). */
        OVERWRITE,
        /** Neither: the editor stays as typed, and a later save is refused again. */
        CANCEL
    }

    private ChangedMeanwhilePrompt() {
    }

    /** Asks on the EDT, in a modal question over {@code parent}. */
    public static Answer ask(Component parent, UiContext context, ChangedMeanwhileException changed) {
        UserMessage told = changed.userMessage();
        String said = context.messages().get(told.key(), told.args().toArray());
        int choice = Alerts.choose(parent, context.messages(), said + "\n" + context.text("ui.concurrency.question"),
                context.text("ui.concurrency.reload"), context.text("ui.concurrency.overwrite"));
        return choice == 0 ? Answer.RELOAD : choice == 1 ? Answer.OVERWRITE : Answer.CANCEL;
    }
}
