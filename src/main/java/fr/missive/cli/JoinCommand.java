package fr.missive.cli;

import fr.missive.app.shared.SharedDatabaseSetup;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Password;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive join FILE}: a new PC joins the school's shared database with a join file. */
@Command(name = "join", mixinStandardHelpOptions = true,
        description = {"Set up this PC's empty data folder on the school's shared database, with the join file",
                "an administrator wrote (database join-file) and its passphrase.",
                "Standard input: the database password first (with --database-password-stdin), then the passphrase."})
final class JoinCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The join file.")
    private Path file;

    @Option(names = "--passphrase-stdin", required = true,
            description = "Read the join file's passphrase from standard input.")
    private boolean passphraseStdin;

    @Option(names = "--database-user", paramLabel = "USER",
            description = "Connect with this database role instead of the PC role the join file carries.")
    private String databaseUser;

    @Option(names = "--database-password-stdin",
            description = "Read that role's password from standard input (before the passphrase).")
    private boolean databasePasswordStdin;

    JoinCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        byte[] sealed;
        try {
            sealed = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliUsageException(UserMessage.of("cli.join.unreadable", file.toString()));
        }
        Optional<SharedDatabaseSetup.Login> login = Optional.empty();
        if (databaseUser != null) {
            Password password = Password.of(databasePasswordStdin ? context.readLine().orElseThrow(
                    () -> new CliUsageException(UserMessage.of("cli.passwordExpected", databaseUser))) : "");
            login = Optional.of(new SharedDatabaseSetup.Login(databaseUser, password));
        } else if (databasePasswordStdin) {
            throw new CliUsageException(UserMessage.of("cli.join.userRequired"));
        }
        Password passphrase = Password.of(context.readLine()
                .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.passphraseExpected"))));
        try {
            SharedDatabaseSetup.standard().join(context.dataFolder(), sealed, passphrase, login);
        } finally {
            passphrase.clear();
            login.ifPresent(l -> l.password().clear());
        }
        context.out().println(context.messages().get("cli.join.done", context.dataFolder().toString()));
        return Cli.OK;
    }
}
