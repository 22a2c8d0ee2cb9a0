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

/** {@code missive database join-file|pcs|revoke-pc}: the school's PCs on a shared database. */
@Command(name = "database", mixinStandardHelpOptions = true,
        description = "The school's shared database: the PCs that use it (administrators only).",
        subcommands = {DatabaseCommand.JoinFileCommand.class, DatabaseCommand.Pcs.class,
                DatabaseCommand.RevokePc.class})
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
}
