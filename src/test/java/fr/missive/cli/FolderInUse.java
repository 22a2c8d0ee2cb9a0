package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A one-PC folder set up and used through the real commands, as a school has it before it goes to
 * a shared database: the institution, a second user, the guardians sample imported, an account
 * whose password only the folder's key decrypts (GreenMail on loopback checks it at each sign-in),
 * its test e-mail and one message delivered and logged. For the tests of what carries such a
 * folder to a server ({@code database move-to}, {@code restore --database}).
 */
final class FolderInUse implements AutoCloseable {

    /** The account's name in the folder. */
    static final String ACCOUNT = "Claire";
    /** The lists a moved or restored folder must show unchanged. */
    static final List<String> LISTS = List.of("user", "contacts", "account", "sent");

    private static final String LOGIN = "claire";
    private static final String PASSWORD = "Mot-de-passe-2026";
    private static final String ADDRESS = "claire.martin@college-test.fr";

    private final GreenMail greenMail;
    private final CliRunner cli;

    private FolderInUse(GreenMail greenMail, CliRunner cli) {
        this.greenMail = greenMail;
        this.cli = cli;
    }

    /** Sets the folder up; {@code files} receives the CSV file imported. */
    static FolderInUse setUp(Path folder, Path files) throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
        CliRunner cli = new CliRunner(folder, Locale.ENGLISH);
        try {
            ok(cli.initCollege("--city", "Lyon", "--address", "12 rue des Écoles", "--postcode", "69003"));
            ok(cli.run("user", "add", "Paul Durand", "--email", "paul.durand@college-test.fr"));
            ok(cli.run("contacts", "import", sample(files, "guardians-utf8-bom.csv").toString()));
            ok(cli.runWithInput(PASSWORD + "\n", "account", "add", "personal", "--name", ACCOUNT, "--address",
                    ADDRESS, "--host", "127.0.0.1", "--port", String.valueOf(greenMail.getSmtp().getPort()),
                    "--security", "none", "--user", LOGIN, "--password-stdin", "--allow-plain-password"));
            ok(cli.run("account", "test", ACCOUNT));
            ok(cli.run("send", "mail", "--account", ACCOUNT, "--to", "famille@example.org", "--subject", "Relevé",
                    "--body", "Bonjour"));
            ok(cli.run("outbox", "run", "--until-empty"));
        } catch (IOException | RuntimeException | AssertionError e) {
            greenMail.stop();
            throw e;
        }
        return new FolderInUse(greenMail, cli);
    }

    CliRunner cli() {
        return cli;
    }

    /** What GreenMail received: the account's test e-mail and the message, then one per later sign-in test. */
    int messagesReceived() {
        return greenMail.getReceivedMessages().length;
    }

    /** Each of {@link #LISTS} as {@code runner} prints it in JSON. */
    static Map<String, Object> lists(CliRunner runner) {
        Map<String, Object> lists = new LinkedHashMap<>();
        for (String list : LISTS) {
            lists.put(list, runner.run(list, "list", "--format", "json").jsonArray());
        }
        return lists;
    }

    static void ok(CliRunner.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private static Path sample(Path files, String name) throws IOException {
        Path file = files.resolve(name);
        try (InputStream in = FolderInUse.class.getResourceAsStream("/contacts/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
