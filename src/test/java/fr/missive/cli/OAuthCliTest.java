package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.Wiring;
import fr.missive.i18n.Messages;
import fr.missive.mail.oauth.HttpBrowser;
import fr.missive.mail.oauth.LoopbackAuthorizationServer;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oauth-client set} and {@code account oauth}: the URL printed, opened by an HTTP client, then signed in. */
class OAuthCliTest {

    private static final String ADDRESS = "secretariat@college-test.fr";
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/authorize\\?\\S+)");

    @TempDir
    Path folder;

    private CliRunner cli;
    private GreenMail greenMail;
    private LoopbackAuthorizationServer authServer;

    @BeforeEach
    void start() throws Exception {
        cli = new CliRunner(folder, Locale.ENGLISH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        authServer = new LoopbackAuthorizationServer();
        assertThat(cli.initCollege().exitCode())
                .isZero();
    }

    @AfterEach
    void stop() {
        authServer.close();
        greenMail.stop();
    }

    @Test
    void registersTheClientThenSignsTheAccountInThroughThePrintedAddress() throws Exception {
        OAuthClientConfig local = authServer.client(OAuthProvider.MICROSOFT);
        CliRunner.Result set = cli.run("oauth-client", "set", "microsoft", "--client-id",
                LoopbackAuthorizationServer.CLIENT_ID, "--tenant", "college-test.fr",
                "--authorization-endpoint", local.authorizationEndpoint().toString(),
                "--token-endpoint", local.tokenEndpoint().toString());
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(cli.run("oauth-client", "show").out()).contains("microsoft\t" + LoopbackAuthorizationServer.CLIENT_ID
                + "\ttenant=college-test.fr").contains("google\t-");
        CliRunner.Result added = cli.run("account", "add", "personal", "--name", "Secrétariat", "--address", ADDRESS,
                "--host", "127.0.0.1", "--port", String.valueOf(greenMail.getSmtp().getPort()), "--security", "none",
                "--user", ADDRESS, "--oauth2", "--allow-plain-password");
        assertThat(added.exitCode()).as(added.err()).isZero();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader("")), Messages.forLocale(Locale.ENGLISH), Wiring::open, p -> p);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Cli.run(new String[] {"--data-dir",
                folder.toString(), "account", "oauth", "Secrétariat"}, context, f -> {
                    throw new AssertionError("no window");
                }));
        URI printed = waitForUrl(out, run);
        new HttpBrowser().accept(printed);

        assertThat(run.get()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Open this address in a web browser").contains("Signed in as " + ADDRESS);
        assertThat(out.toString()).doesNotContain("at-").doesNotContain("rt-");
    }

    @Test
    void accountWithAPasswordIsNotSignedInWithOAuth() {
        CliRunner.Result added = cli.runWithInput("mot-de-passe\n", "account", "add", "personal", "--name", "Perso",
                "--address", ADDRESS, "--host", "smtp.example.fr", "--user", ADDRESS, "--password-stdin");
        assertThat(added.exitCode()).as(added.err()).isZero();

        CliRunner.Result result = cli.run("account", "oauth", "Perso");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("does not sign in with OAuth2");
    }

    private static URI waitForUrl(StringWriter out, CompletableFuture<Integer> run) throws Exception {
        for (int i = 0; i < 200 && !run.isDone(); i++) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no address printed: " + out + " exit " + (run.isDone() ? run.get() : "running"));
    }
}
