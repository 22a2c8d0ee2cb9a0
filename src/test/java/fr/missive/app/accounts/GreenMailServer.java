package fr.missive.app.accounts;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.model.mail.Security;

/** GreenMail's SMTP and SMTPS (self-signed certificate) on loopback, with one mailbox that signs in with a password. */
final class GreenMailServer implements AutoCloseable {

    static final String LOGIN = "secretariat";
    static final String PASSWORD = "Bonjour-2026";
    static final String ADDRESS = "secretariat@college-test.fr";

    final GreenMail greenMail;

    GreenMailServer() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)});
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    int smtpsPort() {
        return greenMail.getSmtps().getPort();
    }

    /**
     * The settings a form would give for it: plain SMTP on loopback, so the password may go in
     * clear only by the administrator's explicit exception.
     */
    SmtpDraft draft(String password) {
        return new SmtpDraft("127.0.0.1", port(), Security.NONE, LOGIN, password == null ? null : password.toCharArray(),
                null, true);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
