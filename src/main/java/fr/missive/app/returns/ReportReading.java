package fr.missive.app.returns;

import fr.missive.model.returns.ReturnReport;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads one raw message as a delivery report or read receipt: empty when it is none (the
 * report readers of {@code mail.returns}). May throw on a malformed report; the scan goes on.
 */
@FunctionalInterface
public interface ReportReading {
    Optional<ReturnReport> read(byte[] rawMessage, Instant arrivedAt);
}
