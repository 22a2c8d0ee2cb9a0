package fr.missive.app.accounts;

import fr.missive.model.mail.Security;

/**
 * SMTP settings as a form or a command gives them, before validation.
 *
 * @param port           null for the usual port of the security mode
 * @param user           null or blank for no sign-in
 * @param password       null to keep the stored password (or have none); never logged
 * @param timeoutSeconds null for the default server timeout
 * @param pinnedCertificate the SHA-256 fingerprint of a certificate to trust for this server
 *                          only, as the "certificate not trusted" diagnosis showed it; null for
 *                          the usual checks. Administrators only.
 *
 * @param oauth2 sign in with OAuth2 (XOAUTH2) as {@code user}, signed in through the browser; no password
 *
 * <p>The password array is wiped once the draft has been used, as for users' passwords.
 */
public record SmtpDraft(String host, Integer port, Security security, String user, char[] password,
                        Integer timeoutSeconds, boolean allowPlainPassword, String pinnedCertificate, boolean oauth2) {

    /** Password sign-in (or none, without a user). */
    public SmtpDraft(String host, Integer port, Security security, String user, char[] password,
                     Integer timeoutSeconds, boolean allowPlainPassword, String pinnedCertificate) {
        this(host, port, security, user, password, timeoutSeconds, allowPlainPassword, pinnedCertificate, false);
    }

    /** Settings checked the usual way, without a pinned certificate. */
    public SmtpDraft(String host, Integer port, Security security, String user, char[] password,
                     Integer timeoutSeconds, boolean allowPlainPassword) {
        this(host, port, security, user, password, timeoutSeconds, allowPlainPassword, null);
    }

    @Override
    public String toString() {
        return "SmtpDraft[" + host + ":" + port + " " + security + " user=" + user
                + (oauth2 ? " oauth2" : " password=hidden") + "]";
    }
}
