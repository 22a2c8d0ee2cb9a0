package fr.missive.model.mail;

import fr.missive.model.MissiveException;
import java.util.List;

/** Mail settings or a message refused, with every field at fault; the message is the first one's. */
public final class MailInputException extends MissiveException {

    private final transient List<MailInputProblem> problems;

    MailInputException(List<MailInputProblem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<MailInputProblem> problems() {
        return problems;
    }

    static void throwIfAny(List<MailInputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new MailInputException(problems);
        }
    }
}
