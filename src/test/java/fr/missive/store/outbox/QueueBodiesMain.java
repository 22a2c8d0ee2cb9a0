package fr.missive.store.outbox;

import fr.missive.model.outbox.NewOutboxMessage;
import fr.missive.store.db.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Child process for the crash test: queues one large message after another into the data
 * folder's outbox (account 1), printing "QUEUED seed id" once each is committed, until killed.
 */
public final class QueueBodiesMain {

    static final int SIZE = 6 * 1024 * 1024;

    private QueueBodiesMain() {
    }

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]), Database.OpeningListener.NONE);
        JdbcOutboxStore outbox = new JdbcOutboxStore(db);
        for (int seed = 1; ; seed++) {
            long id = outbox.enqueue(List.of(new NewOutboxMessage(1, 1, "<" + seed + "@college-test.fr>",
                    String.valueOf(seed), "secretariat@college-test.fr", List.of("famille@college-test.fr"),
                    body(seed))), Instant.now()).get(0);
            System.out.println("QUEUED " + seed + " " + id);
            System.out.flush();
        }
    }

    /** The body of message {@code seed}, the same in the test that checks it. */
    static byte[] body(long seed) {
        byte[] bytes = new byte[SIZE];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
