package fr.missive.mail.oauth;

/**
 * The token endpoint refused the grant (RFC 6749 §5.2: {@code invalid_grant} for a revoked or
 * expired refresh token, a wrong code or PKCE verifier…): only a new sign-in in the browser helps.
 * Carries the provider's error code, never a token.
 */
public final class TokenRefusedException extends Exception {

    private final String error;

    public TokenRefusedException(String error, String description) {
        super(error + (description == null || description.isBlank() ? "" : ": " + description));
        this.error = error;
    }

    public String error() {
        return error;
    }
}
