package fr.missive.cli;

import fr.missive.Wiring;
import fr.missive.i18n.Messages;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.TestDatabases;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Runs the real command line in-process on a data folder, capturing what it prints. */
public final class CliRunner {

    /** One run's exit code and output. */
    public record Result(int exitCode, String out, String err) {
        /** The standard output read as a JSON array of objects. */
        public List<Map<String, Object>> jsonArray() {
            return JsonMapper.builder().build().readValue(out, new TypeReference<List<Map<String, Object>>>() {
            });
        }

        /** The standard output read as one JSON object. */
        public Map<String, Object> jsonObject() {
            return JsonMapper.builder().build().readValue(out, new TypeReference<Map<String, Object>>() {
            });
        }

        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    private final Path folder;
    private final Locale locale;

    public CliRunner(Path folder, Locale locale) {
        this.folder = folder;
        this.locale = locale;
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    /**
     * Sets the folder up as most tests start: the institution "Collège Jean Moulin" and its
     * administrator Claire Martin, with any further {@code init} options. When the tests run on
     * PostgreSQL, on a new server database (the folder then holds only its connection).
     */
    public Result initCollege(String... moreOptions) {
        List<String> args = new ArrayList<>(List.of("init", "--institution", "Collège Jean Moulin", "--admin",
                "Claire Martin"));
        args.addAll(List.of(moreOptions));
        if (TestDatabases.onPostgresql()) {
            // The PostgreSQL run: the folder becomes the first PC of a new shared database, so that
            // every later command (and the wiring opening the folder) works on the server.
            DatabaseTarget.Server server = TestDatabases.newServerDatabase();
            args.addAll(List.of("--database", server.url(), "--database-user", server.user(),
                    "--database-password-stdin", "--pc", TestDatabases.newPcName()));
            return runWithInput(server.password() + "\n", args.toArray(String[]::new));
        }
        return run(args.toArray(String[]::new));
    }

    /** Adds the personal account "Secrétariat" (secretariat@college-test.fr) on a loopback server without TLS or sign-in. */
    public Result addLoopbackAccount(int smtpPort) {
        return run("account", "add", "personal", "--name", "Secrétariat", "--address", "secretariat@college-test.fr",
                "--host", "127.0.0.1", "--port", String.valueOf(smtpPort), "--security", "none");
    }

    public Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        all.addAll(List.of(args));
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader(stdin)), Messages.forLocale(locale), Wiring::open, p -> p);
        int code = Cli.run(all.toArray(String[]::new), context, f -> {
            throw new AssertionError("no window in command-line tests");
        });
        return new Result(code, out.toString(), err.toString());
    }
}
