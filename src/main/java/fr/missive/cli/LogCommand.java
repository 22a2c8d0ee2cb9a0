package fr.missive.cli;

import fr.missive.app.journal.Journal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code missive log path|show}: where the window's journal is, and its recent part, with or
 * without the versions support asks for. Reads the files only: it works while the window is open.
 */
@Command(name = "log", mixinStandardHelpOptions = true, description = "See the journal the window writes.",
        subcommands = {LogCommand.PathOf.class, LogCommand.Show.class})
final class LogCommand {

    @Command(name = "path", mixinStandardHelpOptions = true, description = "Print the journal file's path.")
    static final class PathOf implements Callable<Integer> {
        private final CliContext context;

        PathOf(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.out().println(new Journal(context.dataFolder()).file());
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the end of the journal (older lines first).")
    static final class Show implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--support", description = "Head it with the versions of Missive, Java and the system,"
                + " as Help > Journal > Copy for support does.")
        private boolean support;

        @Option(names = "--kb", paramLabel = "KB", description = "How much of the end to print, in KB"
                + " (default: ${DEFAULT-VALUE}).", defaultValue = "64")
        private int kilobytes;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (kilobytes < 1) {
                throw new CliUsageException(fr.missive.model.UserMessage.of("cli.log.badSize"));
            }
            Journal journal = new Journal(context.dataFolder());
            if (support) {
                context.out().println(journal.supportHeader());
                context.out().println();
            }
            String recent = journal.recent(Math.min(kilobytes, 100_000) * 1024);
            if (recent.isEmpty()) {
                context.err().println(context.messages().get("cli.log.empty", journal.file().toString()));
            } else {
                context.out().print(recent);
                context.out().flush();
            }
            return Cli.OK;
        }
    }
}
