package fr.missive.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the generated pupils export that the import benchmarks read: French names, a class, the
 * legal guardian's name (one guardian per pupil, as a school's export names them: each pupil
 * brings a guardian contact, so 100,000 rows make about 100,000 pupils and 100,000 guardians),
 * an e-mail address with 5 % of them broken, a postal address (2 % on two lines), and whether
 * e-mail is accepted; Windows-1252, ';', CRLF, as French Excel writes it. Uses only the JDK, so
 * that {@code src/test/scripts/import-bench.sh} runs it from its source:
 *
 * <pre>java src/test/java/fr/missive/bench/ContactCsvGenerator.java ROWS FILE [next-year]</pre>
 */
public final class ContactCsvGenerator {

    private static final String[] LAST = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT",
        "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFÈVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX",
        "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRÉ", "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANÇOIS",
        "MARTINEZ", "LEGRAND", "GARNIER", "FAURE", "ROUSSEAU", "BLANC", "GUÉRIN", "MULLER", "HENRY", "ROUSSEL",
        "NICOLAS", "PERRIN", "MORIN", "MATHIEU", "CLÉMENT", "GAUTHIER", "DUMONT", "LOPEZ", "FONTAINE", "CHEVALIER",
        "ROBIN", "MASSON", "SANCHEZ", "GÉRARD", "NGUYEN", "BOYER", "DENIS", "LEMAIRE", "DUVAL", "JOLY", "GAUTIER",
        "ROGER", "ROCHE", "ROY", "NOËL", "MEYER", "LUCAS", "MEUNIER", "JEAN", "PÉREZ", "MARCHAND", "DUFOUR", "BLANCHARD",
        "MARIE", "BARBIER", "BRUN", "DUMAS", "BRUNET", "SCHMITT", "LEROUX", "COLIN", "FERNANDEZ", "PIERRE", "RENARD",
        "ARNAUD", "ROLLAND", "CARON", "AUBERT", "GIRAUD", "LECLERC", "VIDAL", "BOURGEOIS", "RENAUD", "LEMOINE",
        "PICARD", "GAILLARD", "PHILIPPE", "LECLERCQ", "LACROIX", "FABRE", "DUPUIS", "OLIVIER", "RODRIGUEZ", "DA SILVA",
        "HUBERT", "LOUIS", "CHARLES", "GUILLOT", "RIVIÈRE", "LE GALL", "GUILLAUME", "ADAM", "REY", "MOULIN",
        "GONZALEZ", "BERGER", "LECOMTE", "MENARD", "FLEURY", "DESCHAMPS", "CARPENTIER", "JULIEN", "BENOÎT", "PARIS",
        "MAILLARD", "MARCHAL", "AUBRY", "VASSEUR", "LE ROUX", "RENAULT", "JACQUET", "COLLET", "PRÉVOST", "POIRIER",
        "CHARPENTIER", "ROYER", "HUET", "BARON", "DUPUY", "POUGET", "ØRSTED", "N'DIAYE", "O’NEILL", "SAINT-ÉTIENNE"};
    private static final String[] FIRST = {"Léa", "Emma", "Chloé", "Inès", "Manon", "Jade", "Louise", "Zoé", "Lina",
        "Camille", "Sarah", "Anaïs", "Maëlys", "Eloïse", "Océane", "Agnès", "Hélène", "Amélie", "Gaëlle", "Noémie",
        "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Raphaël", "Jules", "Noé", "Noël", "Maël", "Clément",
        "Benoît", "Jérôme", "Théo", "Nathan", "Mathéo", "Timothée", "Yasmine", "Moussa", "Siobhán", "Éloïse",
        "Ethan", "Paul", "Adam", "Sacha", "Léon", "Aurélien", "Héloïse", "Anaëlle", "Loïc"};
    private static final String[] CLASSES = {"6e A", "6e B", "6e C", "5e A", "5e B", "5e C", "4e A", "4e B", "4e C",
        "3e A", "3e B", "3e C", "SEGPA 4e", "SEGPA 3e"};
    private static final String[] STREETS = {"rue de la République", "chemin du Moulin", "boulevard Victor-Hugo",
        "impasse des Lilas", "rue Émile-Zola", "allée des Érables", "place de l'Église", "avenue Jean-Jaurès"};
    private static final String[] CITIES = {"20000;Ajaccio", "74000;Annecy", "67000;Strasbourg", "35000;Rennes",
        "69003;Lyon", "97400;Saint-Denis", "13001;Marseille", "59000;Lille", "29200;Brest"};
    private static final String[] DOMAINS = {"orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr",
        "wanadoo.fr", "hotmail.fr", "outlook.fr"};

    private ContactCsvGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ContactCsvGenerator ROWS FILE [next-year]");
            System.exit(2);
        }
        Path file = generate(Path.of(args[1]), Integer.parseInt(args[0]), args.length > 2);
        System.out.printf(Locale.ROOT, "%s: %,d rows, %.1f MB%n", file, Integer.parseInt(args[0]),
                Files.size(file) / 1e6);
    }

    /**
     * A pupils export as French Excel writes it, with 5% broken addresses (4 kinds of mistake in
     * 80) and 1 % of the pupils listed twice. The same rows each time; {@code nextYear} changes every class, as next year's export.
     */
    static Path generate(Path file, int rows, boolean nextYear) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            // "Responsable légal" has no field of its own: it is the custom column.
            out.write("Nom;Prénom;Classe;Responsable légal;Courriel;Adresse;Code postal;Commune;"
                    + "Accepte les courriels\r\n");
            for (int i = 0; i < rows; i++) {
                // Pupils are told apart by their names: each row gets a pair of its own, as in a real
                // school, except 1 % that repeat an earlier pupil (a line exported twice).
                int pupil = i > 100 && random.nextInt(100) == 0 ? random.nextInt(i) : i;
                String last = lastName(pupil);
                String first = FIRST[pupil % FIRST.length];
                String guardianFirst = pick(random, FIRST);
                String local = ascii(guardianFirst + "." + last) + i;
                String email = switch (random.nextInt(80)) {
                    case 0 -> local + "@@" + pick(random, DOMAINS);
                    case 1 -> local + "@orange";
                    case 2 -> local + "." + pick(random, DOMAINS);
                    case 3 -> " " + local.replace('.', ' ') + "@free.fr";
                    default -> local + "@" + pick(random, DOMAINS);
                };
                String street = (1 + random.nextInt(200)) + " " + pick(random, STREETS);
                if (random.nextInt(50) == 0) {
                    street = "\"" + street + "\r\nBâtiment " + (char) ('A' + random.nextInt(6)) + "\"";
                }
                String className = pick(random, CLASSES);
                out.write(String.join(";", last, first, nextYear ? "2nde " + className : className,
                        (random.nextBoolean() ? "M. " : "Mme ") + guardianFirst + " " + last, email, street,
                        pick(random, CITIES), random.nextInt(10) == 0 ? "Non" : "Oui"));
                out.write("\r\n");
            }
        }
        return file;
    }

    /** A last name of its own for each of the first 50 × 150 × 151 pupils (with first name {@code pupil % 50}). */
    private static String lastName(int pupil) {
        int names = pupil / FIRST.length;
        String last = LAST[names % LAST.length];
        int second = names / LAST.length;
        return second == 0 ? last : last + "-" + LAST[(second - 1) % LAST.length];
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z.-]", "").toLowerCase(Locale.ROOT);
    }

}
