package fr.missive.app.accounts;

import fr.missive.model.mail.Security;

/**
 * SMTP settings as a form or a command gives them, before validation.
 *
 * @param port           null for the usual port of the security mode
 * @param user           null or blank for no sign-in
 * @param password       null to keep the stored password (or have none); never logged
 * @param timeoutSeconds null for the default server timeout
 */
public record SmtpDraft(String host, Integer port, Security security, String user, char[] password,
                        Integer timeoutSeconds, boolean allowPlainPassword) {

    @Override
    public String toString() {
        return "SmtpDraft[" + host + ":" + port + " " + security + " user=" + user + " password=hidden]";
    }
}
