package fr.missive.cli;

import fr.missive.app.accounts.ProfileService;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.DispatchingProfile;
import fr.missive.model.users.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive profile add|list|delete}: dispatching profiles. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Manage the dispatching profiles (named SMTP settings users can recover).",
        subcommands = {ProfileCommand.Add.class, ProfileCommand.ListProfiles.class, ProfileCommand.Delete.class})
final class ProfileCommand {

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a profile no account uses (administrators only); says which accounts use it otherwise.")
    static final class Delete implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The profile's name.")
        private String name;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            context.accounts().profiles().delete(actor, name);
            context.out().println(context.messages().get("cli.profile.deleted", name));
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a dispatching profile (administrators only).")
    static final class Add implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The profile's name.")
        private String name;

        @Mixin
        private SmtpOptions smtp;

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!smtp.given()) {
                throw new CliUsageException(UserMessage.of("cli.account.hostRequired"));
            }
            User actor = context.actor();
            DispatchingProfile added = context.accounts().profiles().add(actor, name, smtp.toDraft(context));
            context.out().println(context.messages().get("cli.profile.added", added.name(),
                    MailJson.summary(added.smtp())));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the dispatching profiles.")
    static final class ListProfiles implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        private TableOrJsonOption formatOption = new TableOrJsonOption();

        ListProfiles(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OutputFormat format = formatOption.format();
            context.actor();
            ProfileService service = context.accounts().profiles();
            List<DispatchingProfile> profiles = service.list();
            if (format == OutputFormat.json) {
                Json.print(context.out(), profiles.stream().map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", p.id());
                    m.put("name", p.name());
                    m.put("smtp", MailJson.smtp(p.smtp()));
                    m.put("hasPassword", service.hasPassword(p));
                    return m;
                }).toList());
                return 0;
            }
            TablePrinter table = new TablePrinter(List.of("NAME", "SERVER", "USER"));
            for (DispatchingProfile p : profiles) {
                table.add(List.of(p.name(), MailJson.summary(p.smtp()),
                        p.smtp().user() == null ? "" : p.smtp().user()));
            }
            table.print(context.out());
            return 0;
        }
    }
}
