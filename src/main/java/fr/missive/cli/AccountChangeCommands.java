package fr.missive.cli;

import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.users.User;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive account edit|question|make-personal}: changes to an existing account. */
final class AccountChangeCommands {

    private AccountChangeCommands() {
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Change an account; options not given keep their value.",
                    "A user who is not an administrator changes a shared account with --secret-answer-stdin."})
    static final class Edit implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The account's current name.")
        private String current;

        @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
        private String name;

        @Option(names = "--address", paramLabel = "ADDR",
                description = "A new address (administrators only for a shared account).")
        private String address;

        @Option(names = "--profile", paramLabel = "NAME", description = "Use this dispatching profile's server.")
        private String profile;

        @Option(names = "--workstation", description = "Use the workstation's settings.")
        private boolean workstation;

        @Mixin
        private SmtpOptions smtp;

        @Mixin
        private ImapOptions imap;

        @Option(names = "--no-imap", description = "Remove the IMAP settings.")
        private boolean noImap;

        @Option(names = "--reply-to", paramLabel = "ADDR",
                description = "Where answers should go (empty: the account's address).")
        private String replyTo;

        @Option(names = "--mask-recipients", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
                description = "Put every recipient in Bcc (institution accounts).")
        private Boolean maskRecipients;

        @Option(names = "--users", paramLabel = "U1,U2",
                description = "The users who may send from an institution account.")
        private String userNames;

        @Option(names = "--sender-name", paramLabel = "NAME",
                description = "The name recipients see beside the address.")
        private String senderName;

        // Read from standard input, never from the command line, which every user of the PC can list.
        @Option(names = "--secret-answer-stdin",
                description = {"Read the answer to the shared account's secret question (users who are not"
                        + " administrators) from standard input, on the line after the password if --password-stdin"
                        + " is also given."})
        private boolean secretAnswerStdin;

        Edit(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            int sources = (profile != null ? 1 : 0) + (workstation ? 1 : 0) + (smtp.given() ? 1 : 0);
            if (sources > 1) {
                throw new CliUsageException(UserMessage.of("cli.account.profileOrHost"));
            }
            if (noImap && imap.given()) {
                throw new CliUsageException(UserMessage.of("cli.account.imapOrNoImap"));
            }
            User actor = context.actor();
            AccountService service = context.accounts().accounts();
            Account account = service.require(actor, current);
            SettingsSource source = profile != null ? SettingsSource.PROFILE : workstation ? SettingsSource.WORKSTATION
                    : smtp.given() ? SettingsSource.OWN : account.source();
            SmtpDraft server = null;
            if (smtp.given()) {
                server = smtp.toDraft(context);
            } else if (source == SettingsSource.OWN) {
                server = kept(account.smtp(), smtp.passwordStdin ? smtp.toDraft(context).password() : null);
            }
            ImapDraft mailbox = noImap ? new ImapDraft("", null, null, null, null, null) : imap.toDraft(context);
            List<String> users = userNames == null ? service.userNames(account)
                    : Arrays.stream(userNames.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
            AccountDraft draft = new AccountDraft(account.kind(), name == null ? account.name() : name,
                    address == null ? account.address().toString() : address, source,
                    profile != null ? profile : profileName(account), server,
                    replyTo != null ? replyTo : account.replyTo() == null ? null : account.replyTo().toString(),
                    maskRecipients == null ? account.maskRecipients() : maskRecipients, users, null, mailbox,
                    senderName);
            char[] answer = secretAnswerStdin ? context.readLine().map(String::toCharArray)
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.account.answerExpected"))) : null;
            Account changed = service.saveAnyway(actor, account.name(), draft, answer);
            context.out().println(context.messages().get("cli.account.changed", changed.name()));
            return Cli.OK;
        }

        /** The stored settings as a draft: the stored password stays unless a new one is given. */
        static SmtpDraft kept(SmtpSettings s, char[] newPassword) {
            if (s == null) {
                throw new CliUsageException(UserMessage.of("cli.account.hostRequired"));
            }
            boolean signIn = s.auth() != AuthMethod.NONE;
            return new SmtpDraft(s.host(), s.port(), s.security(), signIn ? s.user() : null, newPassword,
                    (int) s.timeout().toSeconds(), s.allowPlainPassword(),
                    s.pinnedCertificate() == null ? null : s.pinnedCertificate().hex(), s.auth() == AuthMethod.OAUTH2);
        }

        private String profileName(Account account) {
            return context.accounts().profiles().list().stream().filter(p -> p.id().equals(account.profileId()))
                    .map(p -> p.name()).findFirst().orElse(null);
        }
    }

    @Command(name = "question", mixinStandardHelpOptions = true,
            description = {"Set or remove the secret question of an institution account (administrators only).",
                    "A user who is not an administrator must answer it to change the account.",
                    "The answer is read from standard input; case and accents are ignored."})
    static final class Question implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        private String name;

        @Option(names = "--question", paramLabel = "TEXT",
                description = "The question; its answer is the next input line.")
        private String question;

        @Option(names = "--remove",
                description = "Remove the question: only administrators may then change the account.")
        private boolean remove;

        Question(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (remove == (question != null)) {
                throw new CliUsageException(UserMessage.of("cli.account.questionOrRemove"));
            }
            User actor = context.actor();
            if (remove) {
                context.accounts().accounts().setSecretQuestion(actor, name, null, null);
                context.out().println(context.messages().get("cli.account.questionRemoved", name));
                return Cli.OK;
            }
            char[] answer = context.readLine().map(String::toCharArray)
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.account.answerExpected")));
            context.accounts().accounts().setSecretQuestion(actor, name, question, answer);
            context.out().println(context.messages().get("cli.account.questionSet", name));
            return Cli.OK;
        }
    }

    @Command(name = "make-personal", mixinStandardHelpOptions = true,
            description = "Turn an institution account used by exactly one user into that user's personal account"
                    + " (administrators only).")
    static final class MakePersonal implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        private String name;

        MakePersonal(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            AccountService service = context.accounts().accounts();
            Account personal = service.makePersonal(actor, name);
            context.out().println(context.messages().get("cli.account.madePersonal", personal.name(),
                    service.ownerName(personal).orElse("")));
            return Cli.OK;
        }
    }
}
