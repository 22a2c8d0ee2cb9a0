package fr.missive.app.accounts;

import fr.missive.app.Validator;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.SmtpSettings;
import java.util.Optional;
import java.util.function.Supplier;

/** Settings about to be tested, with the password to sign in with (null for none); the test clears it. */
record CheckedServer(SmtpSettings smtp, Password password) {

    /**
     * Settings as a form typed them, checked, with the password typed or else {@code stored}; the
     * typed password is wiped.
     */
    static CheckedServer check(SmtpDraft draft, Supplier<Optional<Password>> stored) {
        try {
            Validator v = new Validator();
            SmtpSettings smtp = AccountValidation.settings(v, draft);
            Password password = null;
            if (smtp != null && smtp.auth() != AuthMethod.NONE) {
                password = AccountValidation.hasPassword(draft) ? Password.of(draft.password()) : stored.get().orElse(null);
                if (password == null) {
                    v.add("password", UserMessage.of("accounts.passwordRequired"));
                }
            }
            v.throwIfInvalid();
            return new CheckedServer(smtp, password);
        } finally {
            if (draft != null) {
                AccountValidation.wipe(draft.password());
            }
        }
    }
}
