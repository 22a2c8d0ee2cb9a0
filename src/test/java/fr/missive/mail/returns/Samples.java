package fr.missive.mail.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The report samples of src/test/resources/returns (see the README there for what each is modelled on). */
final class Samples {

    /** When the test mailbox "received" a sample that has no Date. */
    static final Instant ARRIVED = Instant.parse("2026-01-14T07:00:00Z");

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/returns/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
