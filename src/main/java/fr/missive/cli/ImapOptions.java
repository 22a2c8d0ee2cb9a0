package fr.missive.cli;

import fr.missive.app.accounts.ImapDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Security;
import picocli.CommandLine.Option;

/** The optional mailbox (IMAP) options of {@code account add} and {@code account edit}. */
final class ImapOptions {

    @Option(names = "--imap-host", paramLabel = "HOST",
            description = "The account's IMAP server, for the copy of sent mail into its Sent folder.")
    String host;

    @Option(names = "--imap-port", paramLabel = "PORT", description = "Default: 993 with tls, 143 otherwise.")
    Integer port;

    @Option(names = "--imap-security", paramLabel = "MODE", description = "tls (default), starttls or none.")
    Security security;

    @Option(names = "--imap-user", paramLabel = "USER", description = "Default: the SMTP user name.")
    String user;

    @Option(names = "--imap-password-stdin",
            description = "Read the IMAP password from standard input (after any other password line).")
    boolean passwordStdin;

    @Option(names = "--sent-folder", paramLabel = "FOLDER", description = "Default: found on the server.")
    String sentFolder;

    boolean given() {
        return host != null;
    }

    /** The draft, or null when no IMAP server was given; reads the password line now. */
    ImapDraft toDraft(CliContext context) {
        if (!given()) {
            if (passwordStdin || port != null || security != null || user != null || sentFolder != null) {
                throw new CliUsageException(UserMessage.of("cli.account.imapHostRequired"));
            }
            return null;
        }
        char[] password = null;
        if (passwordStdin) {
            password = context.readLine().map(String::toCharArray)
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.account.passwordExpected")));
        }
        return new ImapDraft(host, port, security, user, password, sentFolder);
    }
}
