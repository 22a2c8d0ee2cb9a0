package fr.missive.app.outbox;

/**
 * How many messages an account may send, so a large batch is spread over time instead of
 * getting the account blocked by its provider. Zero means no limit.
 */
public record SendingLimits(int perMinute, int perDay) {

    public static final SendingLimits NONE = new SendingLimits(0, 0);

    public SendingLimits {
        if (perMinute < 0 || perDay < 0) {
            throw new IllegalArgumentException("limits are zero (none) or positive");
        }
    }
}
