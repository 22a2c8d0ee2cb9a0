package fr.missive.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What a user asked for, kept as text in the database in the {@link Properties} format (one
 * "name=value" a line, escaped), so that a mailing cut short can be queued again as it was asked.
 */
public final class RequestText {

    private RequestText() {
    }

    public static String write(Properties request) {
        StringWriter out = new StringWriter();
        try {
            request.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The request again; an empty one for null. */
    public static Properties read(String text) {
        Properties request = new Properties();
        try {
            request.load(new StringReader(text == null ? "" : text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return request;
    }
}
