package fr.missive.cli;

import fr.missive.model.UserMessage;
import picocli.CommandLine.Option;

/** The {@code --format table|json} option of the lists that have no CSV form. */
final class TableOrJsonOption {

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    private OutputFormat format = OutputFormat.table;

    /** The format asked for; csv is refused with a one-line error (exit 2). */
    OutputFormat format() {
        if (format == OutputFormat.csv) {
            throw new CliUsageException(UserMessage.of("cli.formatUnsupported", format.name()));
        }
        return format;
    }
}
