package fr.missive.cli;

import fr.missive.app.ExitCodes;
import fr.missive.model.mail.MailInputException;
import fr.missive.app.ValidationException;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
        CommandLine cl = commandLine(args, root, context);
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
        } catch (OutOfMemoryError e) {
            // One clear line, not the JVM's stack trace; the running transaction was rolled back.
            context.err().println("missive: " + context.messages().get("cli.outOfMemory",
                    Runtime.getRuntime().maxMemory() >> 20));
            return FAILED;
        } finally {
            context.close();
        }
    }

    /**
     * The parser for these arguments. Picocli reads the annotations of every command it is given
     * (hundreds of options, by reflection): about half a second of a cold start, a sixth of a
     * 1,000-letter {@code letter render}. So a command line naming a top-level command gets that
     * command alone under the root; anything else (no command, {@code --help}, a mistyped
     * command, an argument file) gets them all, for the full help and picocli's suggestions.
     */
    static CommandLine commandLine(String[] args, MissiveCommand root, CliContext context) {
        CommandLine cl = new CommandLine(root, new ContextFactory(context));
        List<TopCommand> commands = TOP_COMMANDS;
        String named = commandNamed(args);
        if (named != null) {
            List<TopCommand> only = commands.stream().filter(c -> c.answersTo(named)).toList();
            if (!only.isEmpty()) {
                commands = only;
            }
        }
        commands.forEach(c -> cl.addSubcommand(c.make().apply(context)));
        return cl;
    }

    /**
     * The first argument that is not one of the root's options (with its value), when it could
     * be a command's name; null when there is none or the root's parsing must see everything.
     */
    static String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--data-dir".equals(arg) || "--as".equals(arg)) {
                i++;
            } else if (!arg.startsWith("--data-dir=") && !arg.startsWith("--as=") && !"--sandbox".equals(arg)) {
                return arg.startsWith("-") || arg.startsWith("@") ? null : arg;
            }
        }
        return null;
    }

    /** A top-level command: its class, whose annotation names it, and how to build its parser. */
    private record TopCommand(Class<?> type, Function<CliContext, CommandLine> make) {
        static TopCommand of(Class<?> type, Function<CliContext, Object> command) {
            return new TopCommand(type, context -> new CommandLine(command.apply(context), new ContextFactory(context)));
        }

        static TopCommand ofClass(Class<?> type) {
            return new TopCommand(type, context -> new CommandLine(type, new ContextFactory(context)));
        }

        boolean answersTo(String name) {
            Command command = type.getAnnotation(Command.class);
            return command.name().equals(name) || Arrays.asList(command.aliases()).contains(name);
        }
    }

    /** In the order of {@code missive --help}. */
    private static final List<TopCommand> TOP_COMMANDS = List.of(
            TopCommand.of(InitCommand.class, InitCommand::new),
            TopCommand.of(ContactsCommand.class, context -> new ContactsCommand()),
            TopCommand.of(UserCommand.class, context -> new UserCommand()),
            TopCommand.of(ProfileCommand.class, context -> new ProfileCommand()),
            TopCommand.of(WorkstationCommand.class, context -> new WorkstationCommand()),
            TopCommand.of(AccountCommand.class, context -> new AccountCommand()),
            TopCommand.ofClass(DetectCommand.class),
            TopCommand.of(LetterCommand.class, context -> new LetterCommand()),
            TopCommand.of(SendCommand.class, context -> new SendCommand()),
            TopCommand.of(OutboxCommand.class, context -> new OutboxCommand()),
            TopCommand.ofClass(BackupCommand.class),
            TopCommand.ofClass(RestoreCommand.class),
            TopCommand.of(SentCommand.class, context -> new SentCommand()),
            TopCommand.of(OAuthCommands.ClientCommand.class, context -> new OAuthCommands.ClientCommand()),
            TopCommand.of(LogCommand.class, context -> new LogCommand()),
            TopCommand.of(JoinCommand.class, JoinCommand::new),
            TopCommand.of(DatabaseCommand.class, context -> new DatabaseCommand()));

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

    /** The failure in the user's words: a refused input gives one line per field at fault, named as the user knows it. */
    private static String describe(MissiveException m, CliContext context) {
        if (m instanceof ValidationException v && !v.errors().isEmpty()) {
            Messages messages = context.messages();
            return v.errors().stream()
                    .map(err -> messages.get("cli.fieldError", fieldLabel(err.field(), messages),
                            messages.get(err.message())))
                    .collect(java.util.stream.Collectors.joining(System.lineSeparator() + "missive: "));
        }
        return context.messages().get(m.userMessage());
    }

    /**
     * What a field is called for the user: the window's label when the field is named by it (an
     * account's settings are, "ui.accounts.port"), else its own label for the command line
     * ({@code cli.field.NAME}, by the last part of a dotted name: "imap.host" is a host), else the
     * name itself, as a letter file's header writes it.
     */
    static String fieldLabel(String field, Messages messages) {
        if (field.startsWith("ui.") && messages.has(field)) {
            // A form's label: "Port :" without its colon.
            return messages.get(field).replaceAll("[\\s\u00a0\u202f]*:\\s*$", "");
        }
        String name = field.substring(field.lastIndexOf('.') + 1);
        return messages.has("cli.field." + name) ? messages.get("cli.field." + name) : field;
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
