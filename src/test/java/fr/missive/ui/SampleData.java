package fr.missive.ui;

import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A data folder set up as the wizard would leave it, with a few contacts of every kind. */
final class SampleData {

    static final String INSTITUTION = "Collège Jean Moulin";
    static final String ADMIN = "Claire Martin";

    private SampleData() {
    }

    /** Opens {@code folder} through the test's {@link DataFolders}, which closes it when the test ends. */
    static OpenDataFolder initialised(DataFolders dataFolders, Path folder) {
        return initialise(dataFolders.open(folder));
    }

    /** The same for a caller that closes the folder itself. */
    static OpenDataFolder initialised(Path folder) {
        return initialise(Wiring.open(folder, () -> { }));
    }

    private static OpenDataFolder initialise(OpenDataFolder services) {
        services.setup().firstRun().initialise(new InstitutionDraft(INSTITUTION, List.of("12 rue des Écoles"), "69003", "Lyon",
                "04 72 00 00 00", ""), null, new UserDraft(ADMIN, "claire.martin@example.fr", Role.ADMIN, null));
        return services;
    }

    static User admin(OpenDataFolder services) {
        return services.setup().users().find(ADMIN).orElseThrow();
    }

    /** Five contacts: three pupils in two classes, a guardian, a teacher. */
    static void addContacts(OpenDataFolder services) {
        User admin = admin(services);
        add(services, admin, ContactKind.PUPIL, "Océane", "BÈGUE", "3e A", "oceane.begue@example.fr", "Ajaccio");
        add(services, admin, ContactKind.PUPIL, "Noé", "SIMON", "3e A", "", "Annecy");
        add(services, admin, ContactKind.PUPIL, "Noël", "ØRSTED", "3e B", "noel.orsted@example.fr", "Rennes");
        add(services, admin, ContactKind.GUARDIAN, "Lucas", "BÈGUE", "", "lucas.begue@orange.fr", "Ajaccio");
        add(services, admin, ContactKind.TEACHER, "Hélène", "DUPONT", "Mathématiques", "helene.dupont@example.fr", "Lyon");
    }

    static final int CONTACT_COUNT = 5;

    private static void add(OpenDataFolder services, User admin, ContactKind kind, String first, String last, String className,
                            String email, String city) {
        services.contacts().contacts().save(admin, new ContactDraft(null, kind, "", first, last, className, List.of("1 rue Haute"),
                "20000", city, "", email, !email.isEmpty(), Map.of()));
    }
}
