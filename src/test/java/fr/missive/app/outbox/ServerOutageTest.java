package fr.missive.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mail server stops in the middle of a batch and comes back: nothing is lost, nobody has to act. */
class ServerOutageTest {

    @TempDir
    Path folder;

    @Test
    void messagesWaitWhileTheServerIsDownAndGoOnceItIsBack() throws Exception {
        ScriptedSmtpServer first = new ScriptedSmtpServer().delayAfterData(20).start();
        int port = first.port();
        try (OutboxFixture f = new OutboxFixture(folder, port, OutboxFixture.QUICK)) {
            List<Long> ids = f.queue(40);
            AtomicInteger changes = new AtomicInteger();
            f.worker.addListener(changes::incrementAndGet);
            f.worker.start();

            Await.until("a few messages delivered", Duration.ofSeconds(20), () -> first.messages().size() >= 5);
            first.close();
            Await.until("messages deferred", Duration.ofSeconds(20), () -> f.inState(OutboxState.DEFERRED) > 0);
            OutboxEntry waiting = f.entries().stream().filter(e -> e.state() == OutboxState.DEFERRED).findFirst()
                    .orElseThrow();
            assertThat(waiting.lastError().key()).startsWith("diagnosis.");
            assertThat(waiting.nextAttemptAt()).isNotNull();
            assertThat(f.inState(OutboxState.SENT)).isLessThan(40);

            try (ScriptedSmtpServer second = new ScriptedSmtpServer(port).start()) {
                Await.until("every message sent", Duration.ofSeconds(30), () -> f.inState(OutboxState.SENT) == 40);

                List<String> received = new ArrayList<>(ReceivedMessages.messageIds(first.messages()));
                received.addAll(ReceivedMessages.messageIds(second.messages()));
                assertThat(received).containsAll(ids.stream().map(id -> f.entry(id).messageId()).toList());
                assertThat(second.messages()).isNotEmpty();
            }
            assertThat(f.inState(OutboxState.FAILED)).isZero();
            assertThat(changes.get()).isGreaterThanOrEqualTo(40);
        }
    }
}
