package fr.missive.app.accounts;

import fr.missive.app.ValidationException;
import fr.missive.app.Validator;
import fr.missive.app.users.PasswordHasher;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.HeaderText;
import fr.missive.model.text.Folding;
import fr.missive.store.accounts.AccountStore;
import java.util.Optional;

/**
 * The secret question of an institution account: set by an administrator, answered by a user who
 * is not one before changing the account. The answer is folded (case, accents and extra spaces
 * ignored: "Élodie" and "elodie " match) and kept only as a salted, slow hash.
 */
final class SecretQuestions {

    static final int MAX_QUESTION = 300;

    private final AccountStore accounts;
    private final PasswordHasher hasher;

    SecretQuestions(AccountStore accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    Optional<String> question(long accountId) {
        return accounts.secretQuestion(accountId).map(AccountStore.SecretQuestion::question);
    }

    /** Sets the question and its answer; a blank question removes it. The answer array is wiped. */
    void set(long accountId, String question, char[] answer) {
        try {
            if (question == null || question.isBlank()) {
                accounts.saveSecretQuestion(accountId, null);
                return;
            }
            Validator v = new Validator();
            v.maxLength("secretQuestion", question, MAX_QUESTION);
            if (HeaderText.hasForbiddenCharacter(question)) {
                v.add("secretQuestion", UserMessage.of("mail.problem.FORBIDDEN_CHARACTER"));
            }
            char[] folded = fold(answer);
            if (folded.length == 0) {
                v.add("secretAnswer", UserMessage.of("validation.required"));
            }
            v.throwIfInvalid();
            String hash = hasher.hash(folded);
            PasswordHasher.wipe(folded);
            accounts.saveSecretQuestion(accountId, new AccountStore.SecretQuestion(question.strip(), hash));
        } finally {
            PasswordHasher.wipe(answer);
        }
    }

    /**
     * Lets a user who is not an administrator change the account when their answer is right.
     *
     * @throws MissiveException {@code users.adminOnly} when the account has no question (only an
     *         administrator may change it), a {@link ValidationException} on {@code secretAnswer}
     *         when the answer is wrong
     */
    void check(Account account, char[] answer) {
        try {
            AccountStore.SecretQuestion stored = accounts.secretQuestion(account.id())
                    .orElseThrow(() -> new MissiveException(UserMessage.of("users.adminOnly")));
            if (answer == null || answer.length == 0) {
                throw ValidationException.of("secretAnswer", UserMessage.of("accounts.secretAnswerRequired",
                        stored.question()));
            }
            char[] folded = fold(answer);
            boolean right = hasher.matches(folded, stored.answerHash());
            PasswordHasher.wipe(folded);
            if (!right) {
                throw ValidationException.of("secretAnswer", UserMessage.of("accounts.secretAnswerWrong"));
            }
        } finally {
            PasswordHasher.wipe(answer);
        }
    }

    private static char[] fold(char[] answer) {
        return answer == null ? new char[0] : Folding.name(new String(answer)).strip().toCharArray();
    }
}
