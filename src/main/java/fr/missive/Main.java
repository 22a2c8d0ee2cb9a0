package fr.missive;

import fr.missive.cli.Cli;
import fr.missive.cli.CliContext;
import fr.missive.cli.MissiveCommand;
import fr.missive.i18n.Messages;
import fr.missive.render.RendererWarmUp;
import fr.missive.store.db.DataFolder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code java -jar missive.jar [options] [command]}: a command runs and exits with its code;
 * no command opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The two commonest launches skip building the command line, whose parser reads the
        // annotations of every command: that is a few hundred milliseconds on a slow PC.
        if (args.length == 1 && "--version".equals(args[0])) {
            System.out.println(MissiveCommand.versionLine());
            return;
        }
        Optional<Integer> relaunched = QuickStart.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        if (args.length == 0) {
            startGui(DataFolder.resolve(null));
            return;
        }
        Path windowOn = windowOnDataFolder(args);
        if (windowOn != null) {
            startGui(DataFolder.resolve(windowOn));
            return;
        }
        int code = run(args, Main::startGui);
        if (code != MissiveCommand.GUI_STARTED) {
            System.exit(code);
        }
    }

    /** Runs a command line with the process's streams; the GUI starter is given by the caller. */
    public static int run(String[] args, Consumer<Path> gui) {
        Charset console = consoleCharset();
        CliContext context = new CliContext(
                new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true),
                new BufferedReader(new InputStreamReader(System.in, console)),
                Messages.forLocale(Locale.getDefault()),
                Wiring::open,
                DataFolder::resolve);
        context.setRendererWarmUp(RendererWarmUp::startInBackground);
        return Cli.run(args, context, gui);
    }

    private static Charset consoleCharset() {
        java.io.Console console = System.console();
        if (console != null) {
            return console.charset();
        }
        String encoding = System.getProperty("stdout.encoding", System.getProperty("native.encoding"));
        try {
            return encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * The folder of {@code --data-dir DIR} (or {@code --data-dir=DIR}) given alone, which opens the
     * window on it as the command line would; null for anything else, which the parser handles.
     */
    static Path windowOnDataFolder(String[] args) {
        String folder = null;
        if (args.length == 2 && "--data-dir".equals(args[0])) {
            folder = args[1];
        } else if (args.length == 1 && args[0].startsWith("--data-dir=")) {
            folder = args[0].substring("--data-dir=".length());
        }
        if (folder == null || folder.isBlank() || folder.startsWith("-")) {
            return null;
        }
        try {
            return Path.of(folder);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // the parser says what is wrong with it
        }
    }

    private static void startGui(Path dataFolder) {
        GuiEntry.start(dataFolder);
    }
}
