package fr.missive.ui.windows;

import fr.missive.app.OpenDataFolder;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.sandbox.DemoData;
import fr.missive.app.users.UserDraft;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.mail.Attachment;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Data as long as a real school's: a long institution name, contacts with compound names and
 * long addresses, a user with a long name, and sent mail with a long subject, so that a window
 * that only fits short sample names fails the checks.
 */
final class CatalogueData {

    static final String INSTITUTION = "Lycée polyvalent régional Marie-Thérèse de Saint-Exupéry-Lamartine";
    static final String LONG_USER = "Marie-Clémentine Delacroix-Beaumarchais";

    private CatalogueData() {
    }

    static void lengthen(OpenDataFolder services) {
        User admin = services.setup().users().find(DemoData.ADMIN).orElseThrow();
        services.setup().institution().update(admin, new InstitutionDraft(INSTITUTION,
                List.of("Bâtiment C – Service de la vie scolaire", "145 avenue du Maréchal-de-Lattre-de-Tassigny"),
                "92290", "Châtenay-Malabry", "01 46 61 00 00",
                "Secrétariat du lycée Marie-Thérèse de Saint-Exupéry-Lamartine"), null);
        services.setup().users().add(admin, new UserDraft(LONG_USER,
                "marie-clementine.delacroix-beaumarchais@ac-versailles.fr", Role.STAFF, null));
        contact(services, admin, ContactKind.PUPIL, "Marie-Clémentine-Éléonore", "DE LA ROCHEFOUCAULD-MONTBAZON",
                "Terminale STMG 2 – Ressources humaines",
                "marie-clementine-eleonore.de-la-rochefoucauld-montbazon@ac-versailles.fr");
        contact(services, admin, ContactKind.GUARDIAN, "Jean-Baptiste-Alexandre", "VAN DER HEYDEN-BOUCHEROT",
                "", "jean-baptiste.van-der-heyden-boucherot@laposte.net");
        contact(services, admin, ContactKind.TEACHER, "Anne-Sophie", "ÉTCHEVERRY-LAFONTAINE",
                "Sciences économiques et sociales", "");
        services.outbox().outbox().queue(admin, DemoData.INSTITUTION_ACCOUNT, List.of(MailContent.plain(
                List.of(EmailAddress.parse("jean-baptiste.van-der-heyden-boucherot@laposte.net")),
                "Convocation à la réunion parents-professeurs de Terminale STMG 2 du jeudi 14 janvier",
                "Madame, Monsieur,\n\nVous êtes invités à la réunion parents-professeurs.\n\nLe secrétariat",
                List.of(Attachment.pdf("convocation-reunion-parents-professeurs-terminale-stmg-2.pdf",
                        "%PDF-1.4 catalogue".getBytes(StandardCharsets.US_ASCII))))));
        services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));
    }

    /** A second user with a password: the sign-in window asks who signs in, and for the password. */
    static void secondUser(OpenDataFolder services, User admin) {
        services.setup().users().add(admin, new UserDraft(LONG_USER,
                "marie-clementine.delacroix-beaumarchais@ac-versailles.fr", Role.STAFF,
                "mot-de-passe-long".toCharArray()));
    }

    private static void contact(OpenDataFolder services, User admin, ContactKind kind, String first, String last,
                                String className, String email) {
        services.contacts().contacts().save(admin, new ContactDraft(null, kind, "", first, last, className,
                List.of("Résidence Les Jardins de la Vallée-aux-Loups, bâtiment B, escalier 4",
                        "12 allée des Peupliers-d'Italie"), "92290", "Châtenay-Malabry", "06 12 34 56 78", email,
                !email.isEmpty(), Map.of()));
    }
}
