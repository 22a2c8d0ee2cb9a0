package fr.missive.app.oauth;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;

/**
 * An OAuth2 account cannot send until it is signed in again in the browser: the caller keeps
 * what it was sending and shows "sign in again" (banner and button), never drops it.
 */
public final class SignInRequiredException extends MissiveException {

    private final String address;

    public SignInRequiredException(String address) {
        super(UserMessage.of("oauth.signInRequired", address));
        this.address = address;
    }

    public String address() {
        return address;
    }
}
