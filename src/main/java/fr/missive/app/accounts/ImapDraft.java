package fr.missive.app.accounts;

import fr.missive.model.mail.Security;

/**
 * The optional IMAP settings of an account as a form or a command gives them, before validation.
 * A blank host means "no IMAP settings".
 *
 * @param port       null for the usual port of the security mode (993 or 143)
 * @param user       null or blank to sign in with the SMTP user name
 * @param password   null to keep the stored password (or have none); wiped once used, never logged
 * @param sentFolder null or blank to find the Sent folder on the server
 */
public record ImapDraft(String host, Integer port, Security security, String user, char[] password,
                        String sentFolder) {

    public boolean isEmpty() {
        return host == null || host.isBlank();
    }

    @Override
    public String toString() {
        return "ImapDraft[" + host + ":" + port + " " + security + " user=" + user + " password=hidden]";
    }
}
