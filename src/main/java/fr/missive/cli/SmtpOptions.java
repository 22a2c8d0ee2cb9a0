package fr.missive.cli;

import fr.missive.app.accounts.SmtpDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Security;
import picocli.CommandLine.Option;

/** The SMTP server options shared by {@code profile add}, {@code workstation set} and {@code account add}. */
final class SmtpOptions {

    @Option(names = "--host", paramLabel = "HOST", description = "The SMTP server.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Default: 587 with starttls, 465 with tls, 25 with none.")
    Integer port;

    @Option(names = "--security", paramLabel = "MODE", description = "none, starttls (default) or tls.")
    Security security;

    @Option(names = "--user", paramLabel = "USER", description = "Sign in with this user name (and a password).")
    String user;

    @Option(names = "--password-stdin",
            description = "Read the server password from standard input (after the --as user's password, if any).")
    boolean passwordStdin;

    @Option(names = "--oauth2",
            description = "Sign in with OAuth2 (Microsoft 365, Google) as --user; then 'account oauth NAME'.")
    boolean oauth2;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Server timeout, 5 to 120 seconds (default 30).")
    Integer timeoutSeconds;

    @Option(names = "--allow-plain-password",
            description = "Allow the password over an unencrypted connection to this server (a school's internal relay).")
    boolean allowPlainPassword;

    @Option(names = "--pin-certificate", paramLabel = "SHA256",
            description = "Trust the certificate with this SHA-256 fingerprint for this server only, after checking it"
                    + " with the provider (administrators only).")
    String pinnedCertificate;

    /** True when a server was given on the command line. */
    boolean given() {
        return host != null;
    }

    /** The draft; reads the password line now, so call it after {@link CliContext#actor()}. */
    SmtpDraft toDraft(CliContext context) {
        char[] password = null;
        if (passwordStdin) {
            password = context.readLine().map(String::toCharArray)
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.account.passwordExpected")));
        }
        return new SmtpDraft(host, port, security, user, password, timeoutSeconds, allowPlainPassword,
                pinnedCertificate, oauth2);
    }
}
