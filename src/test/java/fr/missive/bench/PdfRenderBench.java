package fr.missive.bench;

import fr.missive.render.PdfLetterRenderer;
import fr.missive.model.institution.Logo;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.LetterContent;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

/**
 * Times the PDF rendering of one-page letters with a logo in memory (no file written), with one
 * thread and with two, after a warm-up, so the figure is the steady state. Not a test; run by hand:
 *
 * <pre>./mvnw -q -B test-compile exec:java -Dexec.mainClass=fr.missive.bench.PdfRenderBench \
 *     -Dexec.classpathScope=test</pre>
 *
 * An optional argument changes the number of letters per measured round (default 2,000).
 * Target (issue 4): at least 400 letters per second using both cores of a 2-core PC. The
 * machine is often shared, so the bench also prints letters per CPU second, which other
 * processes do not change.
 *
 * <p>Measured on the 2-core build machine, shared with other builds (load average 6 to 17, so
 * the wall-clock figures vary a lot; the per-CPU-second ones much less):
 * <ul>
 *   <li>before (GSUB applied by PDFBox in showText, font files parsed for each letter, one text
 *       object and one setFont per word), letters without logo: 43 letters/s on 1 thread, 36 to
 *       86 letters/s on 2; about 68 letters per CPU second;</li>
 *   <li>after (GSUB off, fonts parsed once per process and shared, faces added on first use,
 *       one text object per page), letters without logo: 260 letters/s on 1 thread, 530
 *       letters/s on 2; about 330 letters per CPU second, so about 660 letters/s on two free
 *       cores;</li>
 *   <li>with the 3,000-pixel logo: about 70 letters per CPU second while PDFBox decoded and
 *       compressed the (already scaled) transparent PNG again for each letter; about 290 once
 *       the logo is encoded for PDF once per run (PdfImage), so about 580 letters/s on two free
 *       cores. First letter of a run, fonts parsed and logo scaled: 2 to 3.4 s on the loaded
 *       machine.</li>
 * </ul>
 */
public final class PdfRenderBench {

    private static final String[][] RECIPIENTS = {
        {"Madame Anaïs SIMON", "59 chemin du Moulin", "74000 ANNECY"},
        {"Monsieur Lucas BÉGUÉ", "172 rue de la République", "20000 AJACCIO"},
        {"Mrs Nguyễn Thị Lan", "8 Harbour Road", "BT1 1AA BELFAST", "ROYAUME-UNI"},
        {"Mr Paweł Wróbel", "ul. Długa 5", "80-831 GDAŃSK", "POLOGNE"},
        {"Mr Γιώργος Αλεξίου", "Οδός Ερμού 12", "105 63 ΑΘΉΝΑ", "GRÈCE"},
        {"Madame Éloïse SAINT-ÉTIENNE", "87 boulevard Victor-Hugo", "67000 STRASBOURG"},
    };

    private static final String BODY = """
            Madame, Monsieur,

            J'ai le plaisir de vous convier à la **réunion parents-professeurs** de la classe de *%s*, \
            qui se tiendra le **mardi 1er décembre 2026 à 17 h 30** en salle polyvalente. Cette rencontre \
            permettra de faire le point sur le premier trimestre de votre enfant, %s, et sur son projet \
            d'orientation. L'équipe pédagogique au complet sera présente.

            Merci de vous munir des documents suivants :

            1. le carnet de correspondance ;
            2. l'attestation d'assurance scolaire ;
            3. la fiche de stage complétée.

            En cas d'empêchement, merci de prévenir le secrétariat au plus tôt, par téléphone ou par \
            l'intermédiaire de l'espace numérique de travail.

            Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
            """;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PdfRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        PdfLetterRenderer renderer = new PdfLetterRenderer();
        Logo logo = logo();
        List<LetterContent> sample = new ArrayList<>();
        for (int i = 0; i < RECIPIENTS.length; i++) {
            sample.add(letter(i, logo));
        }
        long firstStart = System.nanoTime();
        renderer.render(sample.get(0));
        System.out.printf(Locale.ROOT, "first letter (fonts parsed, %,d kB logo scaled): %.0f ms%n",
                logo.bytes().length / 1024, (System.nanoTime() - firstStart) / 1e6);
        long bytes = 0;
        for (LetterContent letter : sample) {
            bytes += renderer.render(letter).length;
        }
        System.out.printf(Locale.ROOT, "average PDF size: %,d bytes%n", bytes / sample.size());

        run("warm-up, 1 thread", renderer, sample, letters / 2, 1);
        run("1 thread", renderer, sample, letters, 1);
        run("warm-up, 2 threads", renderer, sample, letters / 2, 2);
        run("2 threads", renderer, sample, letters, 2);
    }

    private static void run(String what, PdfLetterRenderer renderer, List<LetterContent> sample, int letters,
            int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                parts.add(pool.submit(() -> {
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    long size = 0;
                    for (int i = offset; i < letters; i += threads) {
                        size += renderer.render(sample.get(i % sample.size())).length;
                    }
                    return new long[] {size, CPU.getCurrentThreadCpuTime() - cpuStart};
                }));
            }
            long total = 0;
            long cpuNanos = 0;
            for (Future<long[]> part : parts) {
                total += part.get()[0];
                cpuNanos += part.get()[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // CPU time tells what the code costs when other processes share the cores.
            System.out.printf(Locale.ROOT, "%-20s %,6d letters in %5.2f s: %5.0f letters/s; %5.0f letters per CPU "
                    + "second (%,d kB)%n", what, letters, seconds, letters / seconds, letters / (cpuNanos / 1e9),
                    total / 1024);
        } finally {
            pool.shutdown();
        }
    }

    /** A 3,000 × 1,500 pixel PNG logo, far more than a letterhead needs: scaled once per run. */
    private static Logo logo() throws IOException {
        BufferedImage image = new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0, 70, 140));
        g.fillOval(50, 50, 1400, 1400);
        g.setColor(new Color(180, 20, 40));
        g.fillRoundRect(1600, 450, 1300, 600, 120, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new Logo(out.toByteArray(), "image/png");
    }

    private static LetterContent letter(int index, Logo logo) {
        Institution institution = new Institution("Collège Jean Moulin",
                new PostalAddress(List.of("12 avenue des Frères-Lumière"), "69008", "Lyon", ""), "04 78 00 00 00",
                null);
        String[] recipient = RECIPIENTS[index % RECIPIENTS.length];
        String child = recipient[0].substring(recipient[0].indexOf(' ') + 1);
        return new LetterContent(institution, logo, "Lyon, le 22 novembre 2026", List.of(recipient),
                "Convocation à la réunion parents-professeurs", BODY.formatted("3e A", child), "Jeanne Martin",
                "La Principale", null, true);
    }
}
