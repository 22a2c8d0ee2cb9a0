package fr.missive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.mail.ScriptedSmtpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SIZE a server advertised to {@code account test} is remembered for the account: a message
 * over it is refused by {@code send mail} before it is queued, exit 2, with both sizes.
 */
class MessageSizeCliTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    @Test
    void aMessageOverTheSizeTheTestSendingSawIsRefusedBeforeQueueingWithBothSizes() throws Exception {
        Path scan = files.resolve("dossier.pdf");
        byte[] bytes = new byte[1_500_000];
        new Random(3).nextBytes(bytes);
        Files.write(scan, bytes);
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()
                .ehlo("250-scripted.test\r\n250-SIZE 1000000\r\n250 8BITMIME").start()) {
            CliRunner cli = new CliRunner(folder, Locale.FRENCH);
            assertThat(cli.initCollege().exitCode()).isZero();
            assertThat(cli.addLoopbackAccount(server.port()).exitCode()).isZero();
            CliRunner.Result test = cli.run("account", "test", "Secrétariat");
            assertThat(test.exitCode()).as(test.err()).isZero();

            CliRunner.Result send = cli.run("send", "mail", "--account", "Secrétariat", "--to",
                    "famille@college-test.fr", "--subject", "Dossier", "--body", "Ci-joint.", "--attach",
                    scan.toString());

            assertThat(send.exitCode()).isEqualTo(Cli.USAGE);
            assertThat(send.err()).contains("Ce message fait 2,0\u00a0Mo une fois encodé\u00a0; le serveur de ce"
                    + " compte accepte au plus 1\u00a0Mo.");
            assertThat(cli.run("outbox", "list", "--format", "json").jsonArray()).isEmpty();
            assertThat(server.received()).as("the test message only").isEqualTo(1);
        }
    }
}
