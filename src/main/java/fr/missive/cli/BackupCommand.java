package fr.missive.cli;

import fr.missive.model.backup.BackupInfo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code missive backup FILE}: the whole data folder into one archive, while it stays usable. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Save the data folder (database, secret key, logo…) into one archive (administrators only).",
                "The archive holds the key that decrypts the stored mail passwords: keep it somewhere safe."})
final class BackupCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The archive to write (a .zip file; replaced if it exists).")
    private Path file;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BackupInfo info = context.setup().backup().backup(context.actor(), file);
        context.out().println(context.messages().get("backup.done", file.toAbsolutePath().toString(), info.files()));
        context.out().println(context.messages().get("backup.keepSafe"));
        return Cli.OK;
    }
}
