package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.Wiring;
import fr.missive.i18n.Messages;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A command line builds the parser of the command it names only; anything else gets every command. */
class CommandLineBuildingTest {

    private static final String[] EVERY_COMMAND = {"init", "contacts", "user", "profile", "workstation", "account",
        "detect", "letter", "send", "outbox", "backup", "restore", "sent", "oauth-client", "log", "join", "database"};

    @TempDir
    Path folder;

    private CommandLine parserFor(String... args) {
        CliContext context = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader("")), Messages.forLocale(Locale.ENGLISH), Wiring::open,
                explicit -> folder);
        return Cli.commandLine(args, new MissiveCommand(context, f -> { }), context);
    }

    @Test
    void aNamedCommandGetsItsOwnParserAlone() {
        assertThat(parserFor("--data-dir", "/tmp/x", "letter", "render", "Absence", "--contacts", "all")
                .getSubcommands()).containsOnlyKeys("letter");
        assertThat(parserFor("--sandbox", "--as=Claire", "contacts", "import", "eleves.csv").getSubcommands())
                .containsOnlyKeys("contacts");
        assertThat(parserFor("--as", "Claire", "send", "letter").getSubcommands()).containsOnlyKeys("send");
        assertThat(parserFor("letter").getSubcommands().get("letter").getSubcommands())
                .containsKeys("import", "export", "list", "render", "duplicate", "rename", "delete");
    }

    @Test
    void helpMistypedCommandsAndArgumentFilesGetEveryCommandInOrder() {
        for (String[] args : new String[][] {{"--help"}, {"lettre", "render"}, {"--data-dir", "d"}, {"@args.txt"},
            {"--unknown", "letter"}, {}}) {
            assertThat(parserFor(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactly(EVERY_COMMAND);
        }
    }

    @Test
    void theCommandIsTheFirstArgumentAfterTheRootsOptionsAndTheirValues() {
        assertThat(Cli.commandNamed(new String[] {"--data-dir", "letter", "contacts", "list"})).isEqualTo("contacts");
        assertThat(Cli.commandNamed(new String[] {"--data-dir=d", "--sandbox", "log", "path"})).isEqualTo("log");
        assertThat(Cli.commandNamed(new String[] {"-h", "letter"})).isNull();
        assertThat(Cli.commandNamed(new String[] {"--as"})).isNull();
    }

    @Test
    void aMistypedSubcommandIsStillToldAboutWithTheCommandsHelp() {
        CliRunner.Result r = new CliRunner(folder, Locale.ENGLISH).run("letter", "rendre");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("rendre").contains("missive letter --help");
    }
}
