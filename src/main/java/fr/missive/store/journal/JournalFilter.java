package fr.missive.store.journal;

import java.util.Locale;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Keeps the mail libraries' conversation with the servers out of the journal, whatever level a
 * developer raises them to: a protocol trace holds the sign-in exchange and the messages
 * themselves (pupils' names, addresses), which have no place in a file sent to support.
 */
final class JournalFilter implements Filter {

    private static final String[] MAIL_LIBRARIES = {"org.eclipse.angus.mail", "jakarta.mail", "com.sun.mail",
        "com.icegreen.greenmail"};

    @Override
    public boolean isLoggable(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName().toLowerCase(Locale.ROOT);
        if (logger.endsWith(".protocol")) {
            return false;
        }
        for (String library : MAIL_LIBRARIES) {
            if (logger.startsWith(library) && record.getLevel().intValue() < Level.INFO.intValue()) {
                return false;
            }
        }
        return true;
    }
}
