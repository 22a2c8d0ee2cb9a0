package fr.missive.cli;

import fr.missive.app.ExitCodes;
import fr.missive.model.mail.MailInputException;
import fr.missive.app.ValidationException;
import fr.missive.model.MissiveException;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

/**
 * Runs one command line and turns every outcome into an exit code and at most a few lines
 * of text in the user's language: never a stack trace.
 */
public final class Cli {

    public static final int OK = ExitCodes.OK;
    public static final int FAILED = ExitCodes.FAILED;
    public static final int USAGE = ExitCodes.USAGE;
    public static final int ALREADY_RUNNING = ExitCodes.ALREADY_RUNNING;

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private Cli() {
    }

    /** @return the exit code, or {@link MissiveCommand#GUI_STARTED} when the window was opened */
    public static int run(String[] args, CliContext context, Consumer<Path> gui) {
        MissiveCommand root = new MissiveCommand(context, gui);
        CommandLine cl = new CommandLine(root, new ContextFactory(context));
        cl.addSubcommand(new InitCommand(context));
        cl.addSubcommand(new CommandLine(new ContactsCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new UserCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new ProfileCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new WorkstationCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new AccountCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(DetectCommand.class, new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new LetterCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new SendCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new OutboxCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(BackupCommand.class, new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(RestoreCommand.class, new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new SentCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new OAuthCommands.ClientCommand(), new ContextFactory(context)));
        cl.addSubcommand(new CommandLine(new LogCommand(), new ContextFactory(context)));
        cl.addSubcommand(new JoinCommand(context));
        cl.addSubcommand(new CommandLine(new DatabaseCommand(), new ContextFactory(context)));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parseResult -> {
            root.applyGlobalOptions();
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setParameterExceptionHandler(Cli::onBadArguments);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> onFailure(e, context));
        try {
            return cl.execute(args);
        } finally {
            context.close();
        }
    }

    private static int onBadArguments(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("missive: " + e.getMessage() + " (" + cmd.getCommandSpec().qualifiedName() + " --help)");
        return USAGE;
    }

    private static int onFailure(Exception e, CliContext context) {
        if (e instanceof MissiveException m) {
            String key = m.userMessage().key();
            context.err().println("missive: " + describe(m, context));
            if ("storage.alreadyRunning".equals(key)) {
                return ALREADY_RUNNING;
            }
            // Refused settings or message (a line break in a subject): bad input, like a usage error.
            return m instanceof CliUsageException || m instanceof ValidationException || m instanceof MailInputException
                    || key.startsWith("setup.") || key.startsWith("import.") ? USAGE : FAILED;
        }
        // FINE, not SEVERE: the console handler would print the stack trace to the user, and no log
        // file exists; a developer raises the level with -Djava.util.logging.config.file.
        LOG.log(Level.FINE, "Unexpected failure", e);
        context.err().println("missive: " + context.messages().get("cli.unexpected", String.valueOf(e.getMessage())));
        return FAILED;
    }

    private static String describe(MissiveException m, CliContext context) {
        if (m instanceof ValidationException v && !v.errors().isEmpty()) {
            StringBuilder text = new StringBuilder();
            v.errors().forEach(err -> text.append(text.length() == 0 ? "" : "; ")
                    .append(err.field()).append(": ").append(context.messages().get(err.message())));
            return text.toString();
        }
        return context.messages().get(m.userMessage());
    }

    /** Builds commands that take the shared {@link CliContext} in their constructor. */
    private record ContextFactory(CliContext context) implements IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

}
