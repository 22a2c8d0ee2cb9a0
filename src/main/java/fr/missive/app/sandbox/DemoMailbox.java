package fr.missive.app.sandbox;

import fr.missive.mail.MimeReader;
import fr.missive.mail.catcher.MailCatcher;
import fr.missive.model.sandbox.CaughtMessage;
import java.util.List;
import java.util.Optional;

/**
 * What the sandbox's mail catcher received, for the Demonstration mailbox window. A real data
 * folder has none: {@link #active()} is false and it is always empty.
 */
public final class DemoMailbox {

    private final MailCatcher catcher;
    private final MimeReader reader = new MimeReader();

    private DemoMailbox(MailCatcher catcher) {
        this.catcher = catcher;
    }

    /** The mailbox of a sandbox, reading what this catcher received. */
    public static DemoMailbox of(MailCatcher catcher) {
        return new DemoMailbox(catcher);
    }

    /** The mailbox of a real data folder: there is no catcher. */
    public static DemoMailbox none() {
        return new DemoMailbox(null);
    }

    /** True in sandbox mode. */
    public boolean active() {
        return catcher != null;
    }

    /** Newest first. */
    public List<CaughtMessage> messages() {
        return catcher == null ? List.of() : catcher.messages();
    }

    /** How many messages arrived: polled to refresh the window. */
    public int count() {
        return catcher == null ? 0 : catcher.count();
    }

    public Optional<byte[]> attachment(CaughtMessage message, String fileName) {
        return reader.attachment(message.mime(), fileName);
    }
}
