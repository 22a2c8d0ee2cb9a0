package fr.missive.cli;

import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.shared.SharedDatabaseSetup;
import fr.missive.model.mail.Password;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The first-run wizard without a window. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Set up an empty data folder: the institution and its first administrator.",
                "With --database, the school's shared database is made on a PostgreSQL server first.",
                "Refused (exit code 2) when the folder is already set up."})
final class InitCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--institution", required = true, paramLabel = "NAME", description = "Name of the institution.")
    private String institution;

    @Option(names = "--admin", required = true, paramLabel = "NAME", description = "Name of the administrator.")
    private String admin;

    @Option(names = "--admin-email", paramLabel = "ADDR", description = "E-mail address of the administrator.")
    private String adminEmail;

    @Option(names = "--admin-password-stdin",
            description = "Read the administrator's password from the first line of standard input.")
    private boolean adminPasswordStdin;

    @Option(names = "--address", paramLabel = "LINE", description = "A postal address line (up to three).")
    private List<String> addressLines = List.of();

    @Option(names = "--postcode", paramLabel = "CODE", description = "Postcode.")
    private String postcode = "";

    @Option(names = "--city", paramLabel = "CITY", description = "City, as printed on letters.")
    private String city = "";

    @Option(names = "--phone", paramLabel = "PHONE", description = "Telephone number.")
    private String phone = "";

    @Option(names = "--sender-name", paramLabel = "NAME",
            description = "Default sender name of e-mails (default: the institution's name).")
    private String senderName;

    @Option(names = "--logo", paramLabel = "FILE", description = "Logo, a PNG or JPEG image.")
    private Path logo;

    @Option(names = "--database", paramLabel = "URL",
            description = {"Create the school's shared database in this EMPTY PostgreSQL database",
                    "(jdbc:postgresql://HOST:PORT/DB) and point this PC's data folder at it."})
    private String database;

    @Option(names = "--database-user", paramLabel = "USER",
            description = "The database role to connect with (owner of the database, allowed to create roles).")
    private String databaseUser;

    @Option(names = "--database-password-stdin",
            description = "Read the database password from standard input (before the administrator's).")
    private boolean databasePasswordStdin;

    @Option(names = "--pc", paramLabel = "NAME", defaultValue = "pc1",
            description = "This PC's name in the school's list of PCs (a-z, 0-9, _; default: ${DEFAULT-VALUE}).")
    private String pcName;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (database != null) {
            createSharedDatabase();
        } else if (databaseUser != null || databasePasswordStdin) {
            throw new CliUsageException(UserMessage.of("cli.init.databaseOptionsAlone"));
        }
        SetupUseCases setup = context.setup();
        if (setup.firstRun().isInitialised()) {
            throw new CliUsageException(UserMessage.of("setup.alreadyInitialised"));
        }
        char[] password = null;
        if (adminPasswordStdin) {
            password = context.readLine().map(String::toCharArray)
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.passwordExpected", admin)));
        }
        User created = setup.firstRun().initialise(
                new InstitutionDraft(institution, addressLines, postcode, city, phone, senderName),
                logo, new UserDraft(admin, adminEmail, Role.ADMIN, password));
        context.out().println(context.messages().get("cli.init.done", institution, created.name(),
                context.dataFolder().toString()));
        return 0;
    }

    /** The school's tables made on the server and the folder pointed at them, before the usual set-up. */
    private void createSharedDatabase() {
        if (databaseUser == null) {
            throw new CliUsageException(UserMessage.of("cli.init.databaseUserRequired"));
        }
        Password password = Password.of(databasePasswordStdin
                ? context.readLine().orElseThrow(() -> new CliUsageException(
                        UserMessage.of("cli.passwordExpected", databaseUser)))
                : "");
        try {
            SharedDatabaseSetup.standard().create(context.dataFolder(), database, databaseUser, password, pcName);
        } finally {
            password.clear();
        }
        context.out().println(context.messages().get("cli.init.sharedCreated", database, pcName));
    }
}
