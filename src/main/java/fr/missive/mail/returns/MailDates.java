package fr.missive.mail.returns;

import jakarta.mail.internet.MailDateFormat;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** Dates as mail headers and report fields write them (RFC 5322), read leniently. */
final class MailDates {

    private MailDates() {
    }

    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            // A new format each time: MailDateFormat, like SimpleDateFormat, is not thread-safe.
            Date date = new MailDateFormat().parse(value.trim());
            return Optional.ofNullable(date).map(Date::toInstant);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
