package fr.missive.app.outbox;

import fr.missive.model.UserMessage;
import fr.missive.model.mail.SmtpSettings;
import java.util.OptionalLong;

/**
 * The largest message an account may queue: the SIZE its server advertised in its EHLO reply,
 * once a test sending or a delivery saw it, and its provider's documented limit until then; a
 * server of no known provider that never advertised a SIZE is left to decide (a school's own
 * server often takes more than the usual 20 MB). A message is measured as it goes on the wire,
 * its MIME bytes: attachments in base64 weigh a third more than their files.
 */
public final class MessageSizeLimit {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final ProviderLimits limits;

    public MessageSizeLimit(ProviderLimits limits) {
        this.limits = limits;
    }

    /** The providers' limits this size limit reads, which also give the accounts' sending pace. */
    public ProviderLimits providerLimits() {
        return limits;
    }

    /** In bytes: what the server advertised when known, else its provider's limit, else none. */
    public OptionalLong of(OptionalLong advertised, SmtpSettings smtp) {
        return advertised.isPresent() && advertised.getAsLong() > 0 ? advertised : limits.documentedMessageSize(smtp);
    }

    /** Refused before queueing: both sizes, in the reader's number format. */
    public static UserMessage tooLarge(long size, long limit) {
        return UserMessage.of("outbox.tooLarge", size / MEGABYTE, limit / MEGABYTE);
    }

    /**
     * Refused at delivery, before the upload, by the SIZE the server advertised then: both sizes
     * as numbers, which the outbox keeps as numbers, so each reader sees their own decimal mark.
     */
    public static UserMessage tooLargeForServer(long size, long advertised) {
        return UserMessage.of("outbox.tooLargeForServer", size / MEGABYTE, advertised / MEGABYTE);
    }
}
