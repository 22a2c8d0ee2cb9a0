package fr.missive.model.mail;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.MailInputProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text e-mail to one recipient, such as the test message of an account. The subject and
 * the sender name go into headers, so a line break in them is refused.
 *
 * @param senderName the name shown beside the sender address, or null
 * @param replyTo    where answers should go when not to {@code from}, or null
 */
public record PlainTextMessage(EmailAddress from, String senderName, EmailAddress to, String subject, String body,
                               EmailAddress replyTo) {

    /** A message answered at its sender's address. */
    public PlainTextMessage(EmailAddress from, String senderName, EmailAddress to, String subject, String body) {
        this(from, senderName, to, subject, body, null);
    }

    public PlainTextMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        senderName = senderName == null || senderName.isBlank() ? null : senderName.strip();
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body;
        List<MailInputProblem> problems = new ArrayList<>();
        if (HeaderText.hasForbiddenCharacter(senderName)) {
            problems.add(MailInputProblem.of("senderName", Kind.FORBIDDEN_CHARACTER));
        }
        if (HeaderText.hasForbiddenCharacter(subject)) {
            problems.add(MailInputProblem.of("subject", Kind.FORBIDDEN_CHARACTER));
        }
        MailInputException.throwIfAny(problems);
    }
}
