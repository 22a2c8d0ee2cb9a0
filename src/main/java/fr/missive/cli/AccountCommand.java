package fr.missive.cli;

import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.TestRun;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.SendResult;
import fr.missive.model.users.User;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive account add|list|test|verify|edit|question|make-personal}: e-mail accounts. */
@Command(name = "account", mixinStandardHelpOptions = true, description = "Manage the e-mail accounts.",
        subcommands = {AccountCommand.Add.class, AccountCommand.ListAccounts.class, AccountCommand.Test.class,
                AccountCommand.Verify.class, AccountChangeCommands.Edit.class, AccountChangeCommands.Question.class,
                AccountChangeCommands.MakePersonal.class, AccountImapCommand.class,
                OAuthCommands.SignIn.class})
final class AccountCommand {

    /** Prints how a sending went: 0 when sent, else the diagnosis and the server's reply on standard error and 1. */
    static int report(CliContext context, SendResult result, String sentKey, Object... sentArgs) {
        if (result instanceof SendResult.Sent sent) {
            context.out().println(context.messages().get(sentKey, sentArgs));
            context.out().println(context.messages().get("diagnosis.serverReply", sent.serverReply()));
            return Cli.OK;
        }
        Diagnosis diagnosis = ((SendResult.Failed) result).diagnosis();
        context.err().println("missive: " + context.messages().get(diagnosis.message()));
        diagnosis.serverReply().ifPresent(reply ->
                context.err().println(context.messages().get("diagnosis.serverReply", reply.text())));
        return Cli.FAILED;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a personal or an institution account (institution: administrators only).",
                    "Without --profile or --host the account uses the workstation's settings.",
                    "An institution account is sent a verification code, to confirm with 'account verify'."})
    static final class Add implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "KIND", description = "personal or institution.")
        private String kind;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The account's name, as shown in lists.")
        private String name;

        @Option(names = "--address", required = true, paramLabel = "ADDR",
                description = "The account's e-mail address.")
        private String address;

        @Option(names = "--profile", paramLabel = "NAME", description = "Use this dispatching profile's server.")
        private String profile;

        @Option(names = "--workstation", description = "Use the workstation's settings (the default).")
        private boolean workstation;

        @Mixin
        private SmtpOptions smtp;

        @Mixin
        private ImapOptions imap;

        @Option(names = "--reply-to", paramLabel = "ADDR", description = "Where answers should go.")
        private String replyTo;

        @Option(names = "--mask-recipients", description = "Put every recipient in Bcc.")
        private boolean maskRecipients;

        @Option(names = "--users", paramLabel = "U1,U2",
                description = {"The users who may send from an institution account (default: the --as user,",
                        "as the window ticks the account's creator; --users \"\" for nobody yet)."})
        private String userNames;

        @Option(names = "--owner", paramLabel = "USER",
                description = "The owner of a personal account (default: the --as user).")
        private String owner;

        @Option(names = "--sender-name", paramLabel = "NAME",
                description = {"The name recipients see beside the address (default: the institution's sender",
                        "name for an institution account, the owner's name for a personal one)."})
        private String senderName;

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            AccountKind accountKind = switch (kind.toLowerCase(Locale.ROOT)) {
                case "personal", "personnel" -> AccountKind.PERSONAL;
                case "institution", "etablissement", "établissement" -> AccountKind.INSTITUTION;
                default -> throw new CliUsageException(UserMessage.of("cli.account.badKind", kind));
            };
            int sources = (profile != null ? 1 : 0) + (workstation ? 1 : 0) + (smtp.given() ? 1 : 0);
            if (sources > 1) {
                throw new CliUsageException(UserMessage.of("cli.account.profileOrHost"));
            }
            SettingsSource source = profile != null ? SettingsSource.PROFILE
                    : smtp.given() ? SettingsSource.OWN : SettingsSource.WORKSTATION;
            User actor = context.actor();
            // The creator may use the account unless told otherwise, as in the account wizard.
            List<String> users = userNames == null
                    ? accountKind == AccountKind.INSTITUTION ? List.of(actor.name()) : List.of()
                    : Arrays.stream(userNames.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
            AccountDraft draft = new AccountDraft(accountKind, name, address, source, profile,
                    smtp.given() ? smtp.toDraft(context) : null, replyTo, maskRecipients, users, owner,
                    imap.toDraft(context), senderName);
            Account added = context.accounts().accounts().saveAnyway(actor, draft);
            context.out().println(context.messages().get("cli.account.added", added.name(),
                    added.address().toString()));
            if (!added.isInstitution()) {
                return Cli.OK;
            }
            SendResult sent = context.accounts().verification().sendCode(actor, added.name(), context.messages());
            return report(context, sent, "cli.account.codeSent", added.address().toString(), added.name());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the accounts the user may send from (administrators: all accounts).")
    static final class ListAccounts implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        private TableOrJsonOption formatOption = new TableOrJsonOption();

        ListAccounts(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OutputFormat format = formatOption.format();
            User actor = context.actor();
            AccountService service = context.accounts().accounts();
            List<Account> accounts = service.list(actor);
            if (format == OutputFormat.json) {
                Json.print(context.out(), accounts.stream().map(a -> toJson(service, actor, a)).toList());
                return Cli.OK;
            }
            TablePrinter table = new TablePrinter(List.of("NAME", "KIND", "ADDRESS", "SERVER", "VERIFIED", "USERS"));
            for (Account a : accounts) {
                table.add(List.of(a.name(), MailJson.lower(a.kind()), a.address().toString(), server(a),
                        a.verified() ? "yes" : "no", a.isInstitution() ? String.join(", ", service.userNames(a))
                                : service.ownerName(a).orElse("")));
            }
            table.print(context.out());
            return Cli.OK;
        }

        private String server(Account a) {
            return switch (a.source()) {
                case WORKSTATION -> "workstation";
                case PROFILE -> "profile " + profileName(a);
                case OWN -> MailJson.summary(a.smtp());
            };
        }

        private String profileName(Account a) {
            return context.accounts().profiles().list().stream().filter(p -> p.id().equals(a.profileId()))
                    .map(p -> p.name()).findFirst().orElse("?");
        }

        private Map<String, Object> toJson(AccountService service, User actor, Account a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("name", a.name());
            m.put("kind", MailJson.lower(a.kind()));
            m.put("address", a.address().toString());
            m.put("senderName", a.displayName());
            m.put("owner", service.ownerName(a).orElse(null));
            m.put("settings", MailJson.lower(a.source()));
            m.put("profile", a.source() == SettingsSource.PROFILE ? profileName(a) : null);
            m.put("smtp", MailJson.smtp(a.smtp()));
            m.put("replyTo", a.replyTo() == null ? null : a.replyTo().toString());
            m.put("maskRecipients", a.maskRecipients());
            m.put("verified", a.verified());
            m.put("users", service.userNames(a));
            m.put("imap", a.imap() == null ? null : MailJson.imap(a.imap()));
            m.put("secretQuestion", service.secretQuestion(actor, a.name()).isPresent());
            return m;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Test the sending of e-mail: send a test message from the account.",
                    "Exit code 0 when the server accepted it; otherwise 1, with what to change."})
    static final class Test implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        private String name;

        @Option(names = "--to", paramLabel = "ADDR",
                description = "The recipient (default: the account's own address).")
        private String to;

        Test(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            TestRun run = context.accounts().testSending().start(actor, name, to, context.messages());
            return report(context, run.run(), "cli.account.testSent", name);
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Confirm an institution account's address with the code sent to it (administrators only).",
                    "--resend sends a new code."})
    static final class Verify implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        private String name;

        @Option(names = "--code", paramLabel = "CODE", description = "The 6-digit code received.")
        private String code;

        @Option(names = "--resend", description = "Send a new code instead.")
        private boolean resend;

        Verify(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (resend == (code != null)) {
                throw new CliUsageException(UserMessage.of("cli.account.codeOrResend"));
            }
            User actor = context.actor();
            if (resend) {
                SendResult sent = context.accounts().verification().sendCode(actor, name, context.messages());
                return report(context, sent, "cli.account.codeSent", name, name);
            }
            Account verified = context.accounts().verification().verify(actor, name, code);
            context.out().println(context.messages().get("cli.account.verified", verified.name()));
            return Cli.OK;
        }
    }
}
