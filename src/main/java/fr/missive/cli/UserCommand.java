package fr.missive.cli;

import fr.missive.app.users.UserDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive user add|list}. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the users of this PC.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user (administrators only).",
                    "With --password-stdin the new user's password is read from standard input,",
                    "after the password of the --as user if that one has a password."})
    static final class Add implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The user's name, as shown at sign-in.")
        private String name;

        @Option(names = "--role", paramLabel = "ROLE", description = "admin or staff (default: staff).")
        private String role = "staff";

        @Option(names = "--email", paramLabel = "ADDR", description = "The user's e-mail address.")
        private String email;

        @Option(names = "--password-stdin", description = "Read the new user's password from standard input.")
        private boolean passwordStdin;

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Role parsedRole = switch (role.toLowerCase(Locale.ROOT)) {
                case "admin", "administrator", "administrateur" -> Role.ADMIN;
                case "staff", "personnel" -> Role.STAFF;
                default -> throw new CliUsageException(UserMessage.of("cli.user.badRole", role));
            };
            User actor = context.actor();
            char[] password = null;
            if (passwordStdin) {
                password = context.readLine().map(String::toCharArray)
                        .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.passwordExpected", name)));
            }
            User added = context.setup().users().add(actor, new UserDraft(name, email, parsedRole, password));
            context.out().println(context.messages().get("cli.user.added", added.name(),
                    context.messages().get("role." + added.role().name())));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users of this PC.")
    static final class ListUsers implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        private TableOrJsonOption formatOption = new TableOrJsonOption();

        ListUsers(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OutputFormat format = formatOption.format();
            context.actor();
            List<User> users = context.setup().users().list();
            if (format == OutputFormat.json) {
                List<Map<String, Object>> json = users.stream().map(ListUsers::toJson).toList();
                Json.print(context.out(), json);
                return 0;
            }
            TablePrinter table = new TablePrinter(List.of("NAME", "ROLE", "EMAIL", "PASSWORD"));
            for (User u : users) {
                table.add(List.of(u.name(), u.role().name().toLowerCase(Locale.ROOT),
                        u.email() == null ? "" : u.email().toString(), u.hasPassword() ? "yes" : "no"));
            }
            table.print(context.out());
            return 0;
        }

        private static Map<String, Object> toJson(User u) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", u.id());
            m.put("name", u.name());
            m.put("role", u.role().name().toLowerCase(Locale.ROOT));
            m.put("email", u.email() == null ? null : u.email().toString());
            m.put("hasPassword", u.hasPassword());
            return m;
        }
    }
}
