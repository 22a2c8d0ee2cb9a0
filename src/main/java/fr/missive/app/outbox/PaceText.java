package fr.missive.app.outbox;

import fr.missive.model.UserMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * A finish time as people say it: "vers 15 h 40" today, "demain vers 9 h 05", "le 9 décembre vers
 * 9 h 05" later ("around 3:40 pm", "tomorrow around 9:05 am"). The arguments are given in both
 * styles (24-hour, and 12-hour with am/pm) so each bundle picks its own without the app layer
 * knowing the reader's language.
 */
public final class PaceText {

    private PaceText() {
    }

    /** Key {@code outbox.finish.today|tomorrow|later} with (hour 0-23, minutes "05", hour 1-12, "am"/"pm", date). */
    public static UserMessage finish(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime when = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = when.toLocalDate();
        String key = day.equals(today) || day.isBefore(today) ? "outbox.finish.today"
                : day.equals(today.plusDays(1)) ? "outbox.finish.tomorrow" : "outbox.finish.later";
        int hour = when.getHour();
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        String minutes = String.format("%02d", when.getMinute());
        // MessageFormat shows a date in the JVM's zone: noon of that day there is that same day.
        Date date = Date.from(day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant());
        return UserMessage.of(key, hour, minutes, hour12, hour < 12 ? "am" : "pm", date);
    }
}
