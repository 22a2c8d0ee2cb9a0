package fr.missive.app.outbox;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;

/**
 * The account a queued message is sent from was deleted: the message can never go out, so it
 * fails for good instead of waiting like a message whose server is unreachable.
 */
final class AccountGoneException extends MissiveException {

    AccountGoneException() {
        super(UserMessage.of("outbox.accountGone"));
    }
}
