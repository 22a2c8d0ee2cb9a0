package fr.missive.cli;

import fr.missive.app.accounts.WorkstationDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.model.users.User;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code missive workstation set|show}: this PC's e-mail settings. */
@Command(name = "workstation", mixinStandardHelpOptions = true, description = "This PC's e-mail settings.",
        subcommands = {WorkstationCommand.Set.class, WorkstationCommand.Show.class})
final class WorkstationCommand {

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set this PC's SMTP server, sender and authorised domains (administrators only).",
                    "Options not given keep their current value."})
    static final class Set implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--profile", paramLabel = "NAME", description = "Use this dispatching profile's server.")
        private String profile;

        @Mixin
        private SmtpOptions smtp;

        @Option(names = "--sender-name", paramLabel = "NAME", description = "The sender name of this PC's mail.")
        private String senderName;

        @Option(names = "--sender-address", paramLabel = "ADDR",
                description = "The address mail goes out from when a user's own address is not authorised.")
        private String senderAddress;

        @Option(names = "--authorised-domains", paramLabel = "D1,D2",
                description = "Domains users' own addresses may send from (empty: all).")
        private String authorisedDomains;

        Set(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (profile != null && smtp.given()) {
                throw new CliUsageException(UserMessage.of("cli.account.profileOrHost"));
            }
            User actor = context.actor();
            List<String> domains = authorisedDomains == null ? null
                    : Arrays.stream(authorisedDomains.split(",")).map(String::strip).filter(d -> !d.isEmpty()).toList();
            WorkstationSettings saved = context.accounts().workstation().set(actor, new WorkstationDraft(
                    profile, smtp.given() ? smtp.toDraft(context) : null, senderName, senderAddress, domains));
            context.out().println(context.messages().get("cli.workstation.saved",
                    server(saved),
                    saved.senderAddress() == null ? "-" : saved.senderAddress().toString(),
                    saved.authorisedDomains().isEmpty() ? "-" : String.join(", ", saved.authorisedDomains())));
            return 0;
        }

        private String server(WorkstationSettings saved) {
            if (saved.profileId() != null) {
                return context.accounts().profiles().list().stream().filter(p -> p.id().equals(saved.profileId()))
                        .map(p -> p.name()).findFirst().orElse("-");
            }
            return saved.smtp() == null ? "-" : MailJson.summary(saved.smtp());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show this PC's e-mail settings (never a password).")
    static final class Show implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        private TableOrJsonOption formatOption = new TableOrJsonOption();

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OutputFormat format = formatOption.format();
            context.actor();
            WorkstationSettings s = context.accounts().workstation().get();
            String profile = s.profileId() == null ? null : context.accounts().profiles().list().stream()
                    .filter(p -> p.id().equals(s.profileId())).map(p -> p.name()).findFirst().orElse(null);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("profile", profile);
            m.put("smtp", MailJson.smtp(s.smtp()));
            m.put("senderName", s.senderName());
            m.put("senderAddress", s.senderAddress() == null ? null : s.senderAddress().toString());
            m.put("authorisedDomains", s.authorisedDomains());
            if (format == OutputFormat.json) {
                Json.print(context.out(), m);
                return Cli.OK;
            }
            TablePrinter table = new TablePrinter(List.of("SETTING", "VALUE"));
            table.add(List.of("server", profile != null ? "profile " + profile : MailJson.summary(s.smtp())));
            table.add(List.of("user", s.smtp() == null || s.smtp().user() == null ? "" : s.smtp().user()));
            table.add(List.of("sender name", s.senderName()));
            table.add(List.of("sender address", s.senderAddress() == null ? "" : s.senderAddress().toString()));
            table.add(List.of("authorised domains", String.join(", ", s.authorisedDomains())));
            table.print(context.out());
            return Cli.OK;
        }
    }
}
