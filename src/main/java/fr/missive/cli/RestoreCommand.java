package fr.missive.cli;

import fr.missive.app.backup.RestoreService;
import fr.missive.model.MissiveException;
import fr.missive.model.backup.BackupInfo;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive restore FILE [--force]}: a backup back into the (new or empty) data folder. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup made by 'missive backup' into the data folder.",
                "The folder must be new or empty, unless --force; Missive must not be open on it."})
final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "The backup archive.")
    private Path file;

    @Option(names = "--force", description = "Replace the data the folder holds (it is deleted).")
    private boolean force;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
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
}
