package fr.missive.cli;

import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.sentlog.SentCopies;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code missive account imap NAME}: the account's mailbox, for the copy of sent mail into its
 * Sent folder. Saves the settings (everything else of the account kept), then signs in and looks
 * for the Sent folder at once; exit code 1 when that fails (the settings stay saved).
 */
@Command(name = "imap", mixinStandardHelpOptions = true,
        description = {"Set the account's IMAP mailbox, for the copy of sent mail into its Sent folder,",
                "and test it. The password is read from standard input with --password-stdin",
                "(without it, the IMAP password or else the SMTP one is used)."})
final class AccountImapCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "NAME", description = "The account's name.")
    private String name;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "The IMAP server.")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Default: 993 with tls, 143 otherwise.")
    private Integer port;

    @Option(names = "--security", paramLabel = "MODE", description = "tls (default), starttls or none.")
    private Security security;

    @Option(names = "--user", paramLabel = "USER", description = "Default: the SMTP user name.")
    private String user;

    @Option(names = "--password-stdin", description = "Read the IMAP password from standard input.")
    private boolean passwordStdin;

    @Option(names = "--sent-folder", paramLabel = "FOLDER", description = "Default: found on the server.")
    private String sentFolder;

    @Option(names = "--copy-sent", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Copy each message sent into the Sent folder (default: on).")
    private boolean copySent;

    @Option(names = "--trust-certificate", paramLabel = "SHA256",
            description = {"Trust this certificate (its SHA-256 fingerprint, as the failed test printed it)",
                    "for the IMAP server's host name, SMTP and IMAP alike; administrators only."})
    private String trustCertificate;

    AccountImapCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        User actor = context.actor();
        char[] password = null;
        if (passwordStdin) {
            password = context.readLine().map(String::toCharArray)
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.account.passwordExpected")));
        }
        AccountService service = context.accounts().accounts();
        Account account = service.require(actor, name);
        AccountDraft draft = new AccountDraft(account.kind(), account.name(), account.address().toString(),
                account.source(), profileName(account),
                account.source() == SettingsSource.OWN ? AccountChangeCommands.Edit.kept(account.smtp(), null) : null,
                account.replyTo() == null ? null : account.replyTo().toString(), account.maskRecipients(),
                service.userNames(account), null, new ImapDraft(host, port, security, user, password, sentFolder));
        Account saved = service.saveAnyway(actor, account.name(), draft);
        if (trustCertificate != null && saved.imap() != null) {
            service.trustCertificate(actor, saved.imap().host(), saved.imap().port(), trustCertificate);
        }
        SentCopies copies = context.sentLog().copies();
        copies.setCopySent(saved, copySent);
        context.out().println(context.messages().get("cli.account.changed", saved.name()));
        SentCopies.MailboxCheck check = copies.test(saved);
        if (check.problem() != null) {
            context.err().println("missive: " + context.messages().get(check.problem()));
            return Cli.FAILED;
        }
        context.out().println(context.messages().get("cli.account.imapTested", check.sentFolder()));
        return Cli.OK;
    }

    private String profileName(Account account) {
        return context.accounts().profiles().list().stream().filter(p -> p.id().equals(account.profileId()))
                .map(p -> p.name()).findFirst().orElse(null);
    }
}
