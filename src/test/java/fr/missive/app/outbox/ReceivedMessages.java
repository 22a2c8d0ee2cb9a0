package fr.missive.app.outbox;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a test server received. */
final class ReceivedMessages {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID: (<[^>]+>)");

    private ReceivedMessages() {
    }

    static String messageId(String message) {
        Matcher m = MESSAGE_ID.matcher(message);
        if (!m.find()) {
            throw new AssertionError("no Message-ID in " + message);
        }
        return m.group(1);
    }

    static List<String> messageIds(List<String> messages) {
        return messages.stream().map(ReceivedMessages::messageId).toList();
    }
}
