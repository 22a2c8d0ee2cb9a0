package fr.missive.bench;

import fr.missive.app.compose.FileNameMatching;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times "one file per recipient" matching for a whole school: N pupils, one report card each
 * ("NAME_Firstname_bulletin_T1.pdf"), plus a few files matching nobody; every pupil is matched
 * against every file. Not a test; run by hand:
 *
 * <pre>./mvnw -q -B test-compile exec:java -Dexec.mainClass=fr.missive.bench.FileNameMatchingBench
 *     -Dexec.classpathScope=test [-Dexec.args=1500]</pre>
 */
public final class FileNameMatchingBench {

    private static final String[] LAST = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT",
        "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFÈVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX",
        "VINCENT", "FOURNIER", "LE GALL", "DA SILVA", "N'DIAYE", "SAINT-ÉTIENNE", "BÉGUÉ", "DUPONT"};
    private static final String[] FIRST = {"Léa", "Emma", "Chloé", "Inès", "Manon", "Jade", "Louise", "Zoé", "Lina",
        "Camille", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Raphaël", "Jules", "Noé", "Marie-Claire",
        "Jean Pierre", "Éloïse", "Maël"};

    private FileNameMatchingBench() {
    }

    public static void main(String[] args) {
        int pupils = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        Random random = new Random(7);
        List<Contact> contacts = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < pupils; i++) {
            // A number in the last name keeps the pupils apart, as real namesakes are rare.
            String last = LAST[random.nextInt(LAST.length)] + " " + Integer.toString(i, 26).replace('0', 'z');
            String first = FIRST[random.nextInt(FIRST.length)];
            contacts.add(new Contact((long) i, ContactKind.PUPIL, "", first, last, "3e A", null,
                    EmailAddress.parse("famille" + i + "@example.fr"), Consent.given(LocalDate.of(2026, 9, 1), "bench"),
                    Map.of()));
            files.add(last.replace(' ', '_') + "_" + first + "_bulletin_T1.pdf");
        }
        for (int i = 0; i < 20; i++) {
            files.add("Autre_document_" + i + ".pdf");
        }
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            FileNameMatching.Result result = FileNameMatching.match(contacts, files);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long matched = result.outcomes().stream().filter(FileNameMatching.Outcome::matched).count();
            System.out.printf("round %d: %d pupils x %d files in %d ms; %d matched, %d files matching nobody%n",
                    round, pupils, files.size(), millis, matched, result.unmatchedFiles().size());
        }
    }
}
