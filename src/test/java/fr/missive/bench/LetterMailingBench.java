package fr.missive.bench;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.letters.mailing.MailingOptions;
import fr.missive.app.letters.mailing.MailingPlan;
import fr.missive.app.letters.mailing.MailingSummary;
import fr.missive.cli.CliRunner;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.users.User;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times "send letter" for a Friday-evening batch: 600 contacts, 540 by e-mail (PDF attached and
 * the letter in the body), 60 to print (one PDF each): plan, then queue and print. Delivery is
 * {@code OutboxBench}'s. Not a test; run by hand:
 *
 * <pre>./mvnw -q -B test-compile exec:java -Dexec.mainClass=fr.missive.bench.LetterMailingBench -Dexec.classpathScope=test</pre>
 */
public final class LetterMailingBench {

    private LetterMailingBench() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        Path folder = Files.createTempDirectory("missive-mailing-bench");
        try {
            CliRunner cli = new CliRunner(folder.resolve("data"), Locale.ENGLISH);
            cli.initCollege("--address",
                    "12 avenue des Frères-Lumière", "--postcode", "69008", "--city", "Lyon");
            StringBuilder csv = new StringBuilder("Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement\n");
            for (int i = 1; i <= contacts; i++) {
                boolean paper = i % 10 == 0;
                csv.append("FAMILLE").append(i).append(";Océane;3e A;").append(i).append(" rue de la Paix;69001;Lyon;")
                        .append(paper ? "" : "parent" + i + "@example.org").append(";oui\n");
            }
            Path file = folder.resolve("contacts.csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            cli.run("contacts", "import", file.toString());
            cli.run("account", "add", "personal", "--name", "Secrétariat", "--address", "secretariat@college-test.fr",
                    "--host", "127.0.0.1", "--port", "9", "--security", "none");
            try (OpenDataFolder services = Wiring.open(folder.resolve("data"), () -> { })) {
                services.outbox().outbox().worker().stop(Duration.ofSeconds(5));
                User claire = services.setup().users().find("Claire Martin").orElseThrow();
                LetterTemplate template = new LetterTemplate("Bulletin", null, "Bulletin de {{first_name}}",
                        "Madame, Monsieur,\n\nVeuillez trouver le bulletin de **{{first_name}} {{last_name}}** "
                                + "({{class}}) du {{trimestre}}.\n\nCordialement.", List.of("trimestre"));
                List<Contact> chosen = services.contacts().contacts().list();
                MailingOptions options = MailingOptions.byEmail(Locale.FRENCH).inline(true)
                        .letterFields(Map.of("trimestre", "premier trimestre")).printFolder(folder.resolve("print"))
                        .build();
                var threads = ManagementFactory.getThreadMXBean();
                long cpu0 = processCpu();
                long t0 = System.nanoTime();
                MailingPlan plan = services.letters().mailing().plan(claire, "Secrétariat", template, chosen, options);
                long t1 = System.nanoTime();
                MailingSummary summary = services.letters().mailing().send(claire, "Secrétariat", plan,
                        (done, total) -> { }, () -> false);
                long t2 = System.nanoTime();
                long cpu = processCpu() - cpu0;
                System.out.printf(Locale.ROOT, "%d contacts: plan %.2f s; queued %d e-mails and printed %d letters"
                        + " in %.2f s; process CPU %.1f s (threads %d)%n", chosen.size(), (t1 - t0) / 1e9,
                        summary.queued(), summary.printed(), (t2 - t1) / 1e9, cpu / 1e9, threads.getThreadCount());
            }
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
