package fr.missive.app.accounts;

import fr.missive.app.ValidationException;
import fr.missive.app.Validator;
import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.HeaderText;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.MailInputException;
import fr.missive.model.mail.MailInputProblem;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.time.Duration;

/**
 * Turns typed account and server input into values, naming the form field at fault for each
 * problem ({@code host}, {@code port}, {@code security}, {@code user}, {@code password},
 * {@code timeout}, {@code address}, {@code replyTo}, {@code name}…).
 */
final class AccountValidation {

    private AccountValidation() {
    }

    /** A required e-mail address, or a {@link ValidationException} on the field. */
    static EmailAddress address(String field, String text) {
        Validator v = new Validator().require(field, text);
        v.throwIfInvalid();
        EmailAddress parsed = v.optionalEmail(field, text);
        v.throwIfInvalid();
        return parsed;
    }

    /** A name that goes into a header or a list: required, short, on one line. */
    static void headerName(Validator v, String field, String text, int max) {
        v.require(field, text).maxLength(field, text, max);
        if (HeaderText.hasForbiddenCharacter(text)) {
            v.add(field, UserMessage.of("mail.problem.FORBIDDEN_CHARACTER"));
        }
    }

    /**
     * The settings of a draft, with every problem added to the validator (then null). A user name
     * means password sign-in; over an unencrypted connection that needs the administrator's
     * explicit exception, which {@code allowPlainPassword} carries.
     */
    static SmtpSettings settings(Validator v, SmtpDraft draft) {
        return settings(v, draft, true);
    }

    /**
     * As {@link #settings(Validator, SmtpDraft)}. The two exceptions to the server checks — a
     * pinned certificate, a password allowed over an unencrypted connection — are the
     * administrator's to make: for anyone else they are refused on their field.
     */
    static SmtpSettings settings(Validator v, SmtpDraft draft, boolean administrator) {
        if (draft == null) {
            v.add("host", UserMessage.of("mail.problem.HOST_REQUIRED"));
            return null;
        }
        Security security = draft.security() == null ? Security.STARTTLS : draft.security();
        int port = draft.port() == null ? security.usualPort() : draft.port();
        Duration timeout = draft.timeoutSeconds() == null ? null : Duration.ofSeconds(draft.timeoutSeconds());
        CertificateFingerprint pin = null;
        String typedPin = draft.pinnedCertificate();
        if (typedPin != null && !typedPin.isBlank()) {
            if (!administrator) {
                v.add("pinnedCertificate", UserMessage.of("users.adminOnly"));
            } else if (!CertificateFingerprint.isValid(typedPin)) {
                v.add("pinnedCertificate", UserMessage.of("accounts.badFingerprint"));
            } else {
                pin = CertificateFingerprint.parse(typedPin);
            }
        }
        if (draft.allowPlainPassword() && !administrator) {
            v.add("allowPlainPassword", UserMessage.of("users.adminOnly"));
        }
        try {
            SmtpSettings s = new SmtpSettings(draft.host(), port, security, null, null, timeout,
                    draft.allowPlainPassword(), pin);
            if (draft.oauth2()) {
                return new SmtpSettings(draft.host(), port, security, AuthMethod.OAUTH2, draft.user(), timeout,
                        draft.allowPlainPassword(), pin);
            }
            return draft.user() == null || draft.user().isBlank() ? s : s.withPassword(draft.user());
        } catch (MailInputException e) {
            for (MailInputProblem problem : e.problems()) {
                v.add(problem.field(), problem.message());
            }
            return null;
        }
    }

    static boolean hasPassword(SmtpDraft draft) {
        return draft != null && draft.password() != null && draft.password().length > 0;
    }

    /**
     * The IMAP settings of a draft, or null for none (a blank host); problems go to the validator
     * on the fields {@code imap.host}, {@code imap.port}, {@code imap.user}, {@code imap.sentFolder}.
     */
    static ImapSettings imap(Validator v, ImapDraft draft) {
        if (draft == null || draft.isEmpty()) {
            return null;
        }
        Security security = draft.security() == null ? Security.TLS : draft.security();
        int port = draft.port() == null ? ImapSettings.usualPort(security) : draft.port();
        try {
            return new ImapSettings(draft.host(), port, security, draft.user(), draft.sentFolder());
        } catch (MailInputException e) {
            for (MailInputProblem problem : e.problems()) {
                v.add("imap." + problem.field(), problem.message());
            }
            return null;
        }
    }

    static boolean hasPassword(ImapDraft draft) {
        return draft != null && draft.password() != null && draft.password().length > 0;
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            java.util.Arrays.fill(secret, '\0');
        }
    }
}
