package fr.missive.app.outbox;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.PcIdentity;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One PC of {@link SharedOutboxKillTest}: opens its data folder on the shared PostgreSQL database
 * and runs the real delivery worker until the outbox is empty. Prints {@code HOLDER name} (its
 * name in {@code claimed_by}) once it starts, {@code DONE sent} at the end.
 * Arguments: data folder, JDBC URL, user, password.
 */
public final class SharedOutboxPcMain {

    private SharedOutboxPcMain() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        System.out.println("HOLDER " + OutboxHolder.thisProcess(PcIdentity.of(folder)).name());
        System.out.flush();
        try (OpenDataFolder services = Wiring.open(folder, new DatabaseTarget.Server(args[1], args[2], args[3]),
                () -> { })) {
            DeliveryWorker.RunSummary summary = services.outbox().outbox().worker()
                    .runForeground(true, Duration.ofMinutes(3));
            System.out.println("DONE " + summary.sent());
        }
        System.exit(0);
    }
}
