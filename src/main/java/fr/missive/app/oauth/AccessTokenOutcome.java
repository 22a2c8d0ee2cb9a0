package fr.missive.app.oauth;

import fr.missive.model.mail.Password;

/**
 * What a sender gets when it asks for the access token of an OAuth2 account. The outbox keeps
 * the message queued on both failures: retries later on {@link Unavailable}, and waits for the
 * user to sign in again (banner, button) on {@link SignInRequired}.
 */
public sealed interface AccessTokenOutcome {

    /** A token valid for a few minutes at least; clear it after use. */
    record Ready(Password accessToken) implements AccessTokenOutcome {
    }

    /**
     * No usable refresh token: never signed in, or the provider refused it (password changed,
     * consent revoked). Only a new sign-in in the browser helps.
     *
     * @param reason the provider's error code ({@code invalid_grant}…), or {@code not_signed_in}
     */
    record SignInRequired(String address, String reason) implements AccessTokenOutcome {
    }

    /** The provider could not be reached or answered an error: try again later. */
    record Unavailable(String address, String reason) implements AccessTokenOutcome {
    }
}
