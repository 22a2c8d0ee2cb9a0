package fr.missive.cli;

import fr.missive.app.shared.SharedDatabaseService;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Password;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive database join-file|pcs|revoke-pc|move-to}: the school's PCs on a shared database. */
@Command(name = "database", mixinStandardHelpOptions = true,
        description = "The school's shared database: the PCs that use it (administrators only).",
        subcommands = {DatabaseCommand.JoinFileCommand.class, DatabaseCommand.Pcs.class,
                DatabaseCommand.RevokePc.class, DatabaseCommand.MoveTo.class})
final class DatabaseCommand {

    /** Passphrases shorter than this are refused: the join file travels, the passphrase guards it. */
    static final int MIN_PASSPHRASE = 10;

    @Command(name = "join-file", mixinStandardHelpOptions = true,
            description = {"Add a PC to the school's list, with a database role of its own, and write its join file,",
                    "sealed under a passphrase (at least 10 characters; say it, never send it with the file).",
                    "Standard input: the administrator's password if any, then the passphrase."})
    static final class JoinFileCommand implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--pc", required = true, paramLabel = "NAME",
                description = "The new PC's name (a-z, 0-9, _), e.g. vie_scolaire.")
        private String pcName;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The join file to write.")
        private Path out;

        @Option(names = "--passphrase-stdin", required = true,
                description = "Read the passphrase from standard input.")
        private boolean passphraseStdin;

        JoinFileCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            Password passphrase = Password.of(context.readLine()
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.passphraseExpected"))));
            try {
                if (passphrase.reveal().strip().length() < MIN_PASSPHRASE) {
                    throw new CliUsageException(UserMessage.of("shared.passphraseTooShort", MIN_PASSPHRASE));
                }
                Path parent = out.toAbsolutePath().getParent();
                if (parent == null || !Files.isDirectory(parent)) {
                    throw new CliUsageException(UserMessage.of("cli.database.noFolder", out.toString()));
                }
                byte[] sealed = context.setup().sharedDatabase().addPc(actor, pcName, passphrase);
                try {
                    Files.write(out, sealed);
                } catch (IOException e) {
                    throw new CliUsageException(UserMessage.of("cli.database.cannotWrite", out.toString()));
                }
            } finally {
                passphrase.clear();
            }
            context.out().println(context.messages().get("cli.database.joinFileWritten", out.toString(), pcName));
            return Cli.OK;
        }
    }

    @Command(name = "pcs", mixinStandardHelpOptions = true, description = "List the school's PCs.")
    static final class Pcs implements Callable<Integer> {
        private final CliContext context;

        Pcs(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.actor();
            SharedDatabaseService shared = context.setup().sharedDatabase();
            if (!shared.isShared()) {
                throw new CliUsageException(UserMessage.of("shared.notShared"));
            }
            TablePrinter table = new TablePrinter(java.util.List.of(context.messages().get("cli.database.pc"),
                    context.messages().get("cli.database.role"), context.messages().get("cli.database.state")));
            shared.pcs().forEach(pc -> table.add(java.util.List.of(pc.name(), pc.role(), context.messages().get(
                    switch (pc.state()) {
                        case REVOKED -> "cli.database.revoked";
                        case JOINED -> "cli.database.joined";
                        case WAITING -> "cli.database.waiting";
                    }))));
            table.print(context.out());
            return Cli.OK;
        }
    }

    @Command(name = "revoke-pc", mixinStandardHelpOptions = true,
            description = {"Revoke a PC: its database role is dropped (its connections ended) and the school's",
                    "secret key replaced, every stored password encrypted again; the other PCs get the new key."})
    static final class RevokePc implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The PC's name, as database pcs lists it.")
        private String pcName;

        RevokePc(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            int secrets = context.setup().sharedDatabase().revoke(actor, pcName);
            context.out().println(context.messages().get("cli.database.revoked.done", pcName, secrets));
            return Cli.OK;
        }
    }

    @Command(name = "move-to", mixinStandardHelpOptions = true,
            description = {"Move this one-PC data folder up to a school's shared database: every table copied into the",
                    "EMPTY PostgreSQL database, compared table by table and row by row, then this PC switched to it.",
                    "The folder's own database is kept as it was. Run it with Missive closed on this PC."})
    static final class MoveTo implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "URL", description = "The empty PostgreSQL database: jdbc:postgresql://HOST:PORT/DB")
        private String url;

        @Option(names = "--database-user", required = true, paramLabel = "USER",
                description = "The database role to connect with (owner of the database, allowed to create roles).")
        private String user;

        @Option(names = "--database-password-stdin", description = "Read the database password from standard input.")
        private boolean passwordStdin;

        @Option(names = "--pc", paramLabel = "NAME", defaultValue = "pc1",
                description = "This PC's name in the school's list of PCs (a-z, 0-9, _; default: ${DEFAULT-VALUE}).")
        private String pcName;

        MoveTo(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Password password = Password.of(passwordStdin ? context.readLine().orElseThrow(() ->
                    new CliUsageException(UserMessage.of("cli.passwordExpected", user))) : "");
            fr.missive.app.shared.SharedDatabaseSetup.Moved moved;
            try {
                moved = fr.missive.app.shared.SharedDatabaseSetup.standard().moveUp(context.dataFolder(), url, user,
                        password, pcName, (table, index, total) -> context.err().println(
                                context.messages().get("cli.database.copying", index + 1, total, table)), () -> false);
            } finally {
                password.clear();
            }
            context.out().println(context.messages().get("cli.database.moved", moved.tables(), moved.rows(), url,
                    pcName, context.dataFolder().resolve("db").toString()));
            return Cli.OK;
        }
    }
}
