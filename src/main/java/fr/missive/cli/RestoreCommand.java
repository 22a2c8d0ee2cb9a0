package fr.missive.cli;

import fr.missive.app.backup.RestoreService;
import fr.missive.app.shared.SharedDatabaseSetup;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Password;
import fr.missive.model.backup.BackupInfo;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code missive restore FILE [--force]}: a backup back into the (new or empty) data folder; with
 * {@code --database URL}, into an empty PostgreSQL database as the school's shared one, this PC
 * its first.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup made by 'missive backup' into the data folder.",
                "The folder must be new or empty, unless --force; Missive must not be open on it.",
                "With --database, into an EMPTY PostgreSQL database instead, as the school's shared database:",
                "this PC becomes its first, the other PCs join it with join files."})
final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The backup archive.")
    private Path file;

    @Option(names = "--force", description = "Replace the data the folder holds (it is deleted).")
    private boolean force;

    @Option(names = "--database", paramLabel = "URL",
            description = "Restore into this EMPTY PostgreSQL database: jdbc:postgresql://HOST:PORT/DB")
    private String database;

    @Option(names = "--database-user", paramLabel = "USER",
            description = "The database role to connect with (owner of the database, allowed to create roles).")
    private String databaseUser;

    @Option(names = "--database-password-stdin", description = "Read the database password from standard input.")
    private boolean databasePasswordStdin;

    @Option(names = "--pc", paramLabel = "NAME", defaultValue = "pc1",
            description = "This PC's name in the school's list of PCs (a-z, 0-9, _; default: ${DEFAULT-VALUE}).")
    private String pcName;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (database != null) {
            return restoreIntoServer();
        }
        if (databaseUser != null || databasePasswordStdin) {
            throw new CliUsageException(UserMessage.of("cli.init.databaseOptionsAlone"));
        }
        BackupInfo info;
        try {
            info = new RestoreService().restore(file, context.dataFolder(), force);
        } catch (MissiveException e) {
            if (e.userMessage().key().startsWith("backup.")) {
                // Refused before anything was changed: bad input, exit code 2.
                throw new CliUsageException(e.userMessage());
            }
            throw e;
        }
        String made = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.messages().locale()).withZone(ZoneId.systemDefault()).format(info.createdAt());
        context.out().println(context.messages().get("backup.restored", file.toAbsolutePath().toString(), made,
                info.appVersion(), context.dataFolder().toString()));
        return Cli.OK;
    }

    private Integer restoreIntoServer() {
        if (databaseUser == null) {
            throw new CliUsageException(UserMessage.of("cli.init.databaseUserRequired"));
        }
        Password password = Password.of(databasePasswordStdin ? context.readLine().orElseThrow(() ->
                new CliUsageException(UserMessage.of("cli.passwordExpected", databaseUser))) : "");
        SharedDatabaseSetup.Restored restored;
        try {
            restored = SharedDatabaseSetup.standard().restoreInto(file, context.dataFolder(), database, databaseUser,
                    password, pcName, (table, index, total) -> context.err().println(
                            context.messages().get("cli.database.copying", index + 1, total, table)), () -> false);
        } catch (MissiveException e) {
            if (e.userMessage().key().startsWith("backup.")) {
                throw new CliUsageException(e.userMessage());
            }
            throw e;
        } finally {
            password.clear();
        }
        context.out().println(context.messages().get("cli.restore.shared", file.toAbsolutePath().toString(),
                made(restored.info()), database, restored.moved().tables(), restored.moved().rows(), pcName));
        return Cli.OK;
    }

    private String made(BackupInfo info) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.messages().locale()).withZone(ZoneId.systemDefault()).format(info.createdAt());
    }
}
