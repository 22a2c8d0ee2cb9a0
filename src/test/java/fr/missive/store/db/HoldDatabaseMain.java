package fr.missive.store.db;

import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.store.contacts.JdbcContactStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Child process for the durability and second-instance tests: opens the data folder, commits
 * the contacts named on the command line, prints COMMITTED, then waits to be killed.
 */
public final class HoldDatabaseMain {

    private HoldDatabaseMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database db = Database.open(Path.of(args[0]), Database.OpeningListener.NONE);
        JdbcContactStore contacts = new JdbcContactStore(db);
        for (int i = 1; i < args.length; i++) {
            contacts.save(new Contact(null, ContactKind.PUPIL, "", "", args[i], "", null, null,
                    Consent.refused(LocalDate.of(2026, 11, 22), "durability test"), Map.of()));
        }
        System.out.println("COMMITTED");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
