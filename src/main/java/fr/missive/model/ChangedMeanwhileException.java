package fr.missive.model;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because the record is no longer the one the editor started from: someone saved
 * it meanwhile (on this PC or another). Carries the version now stored, so that the editor can
 * reload it or save over it knowingly.
 */
public final class ChangedMeanwhileException extends MissiveException {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final transient RecordVersion current;

    public ChangedMeanwhileException(RecordVersion current) {
        super(messageFor(current));
        this.current = current;
    }

    /** The version stored now: the one a deliberate overwrite names. */
    public RecordVersion current() {
        return current;
    }

    private static UserMessage messageFor(RecordVersion current) {
        String time = current.changedAt() == null ? ""
                : HOURS_MINUTES.format(current.changedAt().atZone(ZoneId.systemDefault()));
        if (current.changedBy().isBlank()) {
            return time.isEmpty() ? UserMessage.of("concurrency.changedMeanwhile")
                    : UserMessage.of("concurrency.changedMeanwhileAt", time);
        }
        return UserMessage.of("concurrency.changedMeanwhileBy", current.changedBy(), time);
    }
}
