package fr.missive.cli;

import fr.missive.app.AppVersion;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** {@code missive}: with no command, opens the window; otherwise runs the command. */
@Command(name = "missive",
        mixinStandardHelpOptions = true,
        versionProvider = MissiveCommand.Version.class,
        description = {"Letters and e-mail for the secretariat of a school.",
                "With no command, opens the Missive window."},
        footer = {"",
                "Data folder: --data-dir, else the MISSIVE_HOME environment variable,",
                "else the user data folder of the OS: %%APPDATA%%\\Missive,",
                "~/Library/Application Support/Missive, $XDG_DATA_HOME/missive",
                "or ~/.local/share/missive.",
                "Exit codes: 0 done, 1 failed, 2 bad arguments or unusable input,",
                "3 Missive already running on this data folder."})
public final class MissiveCommand implements Callable<Integer> {

    /** The exit code that tells the entry point the window is open and it must not exit. */
    public static final int GUI_STARTED = -1;

    private final CliContext context;
    private final Consumer<Path> guiStarter;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Use this data folder.")
    private Path dataDir;

    @Option(names = "--sandbox",
            description = "Use the demonstration sandbox (a sample school, in a sandbox folder inside the data"
                    + " folder): mail goes to its built-in demonstration mailbox, never to a real server.")
    private boolean sandbox;

    @Option(names = "--as", paramLabel = "USER",
            description = "Run as this user (password on the first line of standard input if the user has one)."
                    + " Default: the only administrator.")
    private String asUser;

    public MissiveCommand(CliContext context, Consumer<Path> guiStarter) {
        this.context = context;
        this.guiStarter = guiStarter;
    }

    /** Called by picocli before any subcommand runs, once the options are parsed. */
    void applyGlobalOptions() {
        context.setDataFolder(dataDir, sandbox);
        context.setAsUser(asUser);
    }

    @Override
    public Integer call() {
        guiStarter.accept(context.dataFolder());
        return GUI_STARTED;
    }

    /** What {@code missive --version} prints. */
    public static String versionLine() {
        return "Missive " + AppVersion.current();
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {versionLine()};
        }
    }
}
