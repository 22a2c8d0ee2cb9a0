package fr.missive.store.db;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a {@link fr.missive.model.UserMessage} kept in one text column: joined by a unit
 * separator, each number marked so that it comes back as a number. A number read back as text
 * would be shown as Java wrote it ("2.0") where the reader's language wants its own ("2,0"),
 * and a {@code {0,number}} pattern would refuse it. Rows written before numbers were marked read
 * back as text, as they were written.
 */
public final class StoredMessageArgs {

    /** Between two arguments: a control character no message argument contains (they are filtered). */
    public static final String SEPARATOR = "\u001f";
    private static final char NUMBER = '\u0002';

    private StoredMessageArgs() {
    }

    /** The arguments as one text, numbers marked. */
    public static String join(List<Object> args) {
        List<String> parts = new ArrayList<>(args.size());
        for (Object arg : args) {
            parts.add(isFinite(arg) ? NUMBER + new BigDecimal(arg.toString()).toPlainString() : String.valueOf(arg));
        }
        return String.join(SEPARATOR, parts);
    }

    /** The arguments of a joined text: marked numbers as numbers, the rest as text. */
    public static List<Object> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        for (String part : joined.split(SEPARATOR, -1)) {
            args.add(part.length() > 1 && part.charAt(0) == NUMBER ? number(part.substring(1)) : part);
        }
        return args;
    }

    /** A number that has a decimal form: not NaN nor an infinity, which stay text. */
    private static boolean isFinite(Object arg) {
        if (arg instanceof Double d) {
            return Double.isFinite(d);
        }
        if (arg instanceof Float f) {
            return Float.isFinite(f);
        }
        return arg instanceof Number;
    }

    private static Object number(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            return value.scale() <= 0 ? (Object) value.longValueExact() : value;
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }
}
