package fr.missive.model.mail;

import fr.missive.model.UserMessage;
import java.util.Arrays;
import java.util.List;

/**
 * One field of mail settings or of a message that cannot be used as typed. {@code field} is the
 * record component's name ({@code host}, {@code port}, {@code subject}…) so a form can mark it.
 */
public record MailInputProblem(String field, Kind kind, List<Object> args) {

    public enum Kind {
        HOST_REQUIRED, HOST_INVALID, PORT_OUT_OF_RANGE, USER_REQUIRED, FORBIDDEN_CHARACTER,
        TIMEOUT_OUT_OF_RANGE, RECIPIENT_REQUIRED
    }

    public MailInputProblem {
        args = List.copyOf(args);
    }

    static MailInputProblem of(String field, Kind kind, Object... args) {
        return new MailInputProblem(field, kind, Arrays.asList(args));
    }

    /** The sentence to show under the field: key {@code mail.problem.<KIND>}. */
    public UserMessage message() {
        return new UserMessage("mail.problem." + kind.name(), args);
    }
}
