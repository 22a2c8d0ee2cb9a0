package fr.missive.model.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the provider's token endpoint gave: both tokens are secrets ({@link Password} hides them
 * from logs and exception messages).
 *
 * @param refreshToken null when the provider did not send a new one (keep the previous one)
 */
public record OAuthTokens(Password accessToken, Password refreshToken, Instant expiresAt) {

    public OAuthTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True when the access token is expired or will be within {@code margin}: refresh it first. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    /** These tokens, keeping {@code previous}'s refresh token when no new one came. */
    public OAuthTokens keepingRefreshTokenOf(OAuthTokens previous) {
        return refreshToken != null || previous == null ? this
                : new OAuthTokens(accessToken, previous.refreshToken(), expiresAt);
    }
}
