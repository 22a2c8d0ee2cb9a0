package fr.missive.model;

import java.time.Instant;

/**
 * Which state of a shared record an editor holds: a number bumped by every save, and who saved
 * it last and when (both unknown for a row no window has saved since versions exist).
 *
 * @param number    0 for a row never saved since, then 1, 2, …
 * @param changedBy the name of the user who saved it last; empty when unknown (an import, a command)
 * @param changedAt when it was last saved; {@code null} when unknown
 */
public record RecordVersion(long number, String changedBy, Instant changedAt) {

    public RecordVersion {
        changedBy = changedBy == null ? "" : changedBy;
    }
}
