package fr.missive.model.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as written in a letter: "22 novembre 2026", "1er mars 2027", "22 November 2026". */
public final class LongDate {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private LongDate() {
    }

    public static String of(LocalDate date, Locale locale) {
        if (isFrench(locale)) {
            String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
            return day + " " + FRENCH.format(date);
        }
        return ENGLISH.format(date);
    }

    /** "Lyon, le 22 novembre 2026" or "Lyon, 22 November 2026"; the date alone without a place. */
    public static String placeAndDate(String place, LocalDate date, Locale locale) {
        String when = of(date, locale);
        if (place == null || place.isBlank()) {
            return isFrench(locale) ? "Le " + when : when;
        }
        return place.strip() + (isFrench(locale) ? ", le " : ", ") + when;
    }

    static boolean isFrench(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }
}
