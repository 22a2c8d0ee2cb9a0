package fr.missive.app.compose;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.util.List;

/**
 * Some e-mails of a document sending could not be queued (too large for the account's server, a
 * file no longer readable) while the others were: those stay in the outbox, and this names the
 * recipients left out, each with why.
 */
public final class DocumentsNotQueuedException extends MissiveException {

    private static final long serialVersionUID = 1L;

    /** One recipient whose e-mail is not in the outbox, and why. */
    public record NotQueued(String recipient, UserMessage reason) {
    }

    private final int queued;
    private final transient List<NotQueued> notQueued;

    DocumentsNotQueuedException(int queued, List<NotQueued> notQueued) {
        super(UserMessage.of("document.notQueued", queued, notQueued.size(),
                String.join(", ", notQueued.stream().map(NotQueued::recipient).toList())));
        this.queued = queued;
        this.notQueued = List.copyOf(notQueued);
    }

    /** The e-mails that are in the outbox. */
    public int queued() {
        return queued;
    }

    public List<NotQueued> notQueued() {
        return notQueued;
    }
}
