package fr.missive.bench;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.letters.LetterPreview;
import fr.missive.app.letters.LetterSender;
import fr.missive.app.users.UserDraft;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.users.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Times one redraw of the letters window's preview: merge and PDF of a one-page convocation,
 * then its page drawn as an image at the preview's 110 dpi. Not a test; run by hand:
 *
 * <pre>./mvnw -q -B test-compile exec:java -Dexec.mainClass=fr.missive.bench.LetterPreviewBench -Dexec.classpathScope=test</pre>
 */
public final class LetterPreviewBench {

    private static final int WARM_UP = 30;
    private static final int RUNS = 60;

    private LetterPreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("missive-preview-bench");
        try (OpenDataFolder services = Wiring.open(folder, () -> { })) {
            services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                    "69003", "Lyon", "04 72 00 00 00", ""), null,
                    new UserDraft("Claire Martin", "claire.martin@example.fr", Role.ADMIN, null));
            LetterTemplate template = new LetterTemplate("Convocation", Category.CONVOCATION,
                    "Rendez-vous le {{date_rdv}}", ("Madame, Monsieur,\n\nVotre enfant {{full_name}}, élève de "
                    + "**{{class}}**, est attendu le {{date_rdv}} avec l’équipe pédagogique.\n\n").repeat(6)
                    + "1. le carnet de correspondance ;\n2. le dernier bulletin.\n", List.of("date_rdv"));
            Contact contact = new Contact(1L, ContactKind.GUARDIAN, "Madame", "Anaïs", "SIMON", "4e B",
                    new PostalAddress(List.of("59 chemin du Moulin"), "74000", "Annecy", ""),
                    EmailAddress.parse("anais.simon@example.fr"), Consent.given(LocalDate.of(2026, 9, 1), "bench"),
                    Map.of());
            LetterSender sender = new LetterSender("Claire Martin", "Principale", null);
            LetterPreview preview = services.letters().preview();
            long firstStart = System.nanoTime();
            redraw(preview, template, contact, sender);
            double firstMs = (System.nanoTime() - firstStart) / 1e6;
            for (int i = 0; i < WARM_UP; i++) {
                redraw(preview, template, contact, sender);
            }
            double[] pdfMs = new double[RUNS];
            double[] totalMs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                byte[] pdf = preview.render(template, contact, sender, Locale.FRENCH).pdf();
                long made = System.nanoTime();
                draw(pdf);
                pdfMs[i] = (made - start) / 1e6;
                totalMs[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(Locale.ROOT, "first redraw (cold): %.0f ms%n", firstMs);
            System.out.printf(Locale.ROOT, "steady state, median of %d: PDF %.1f ms, PDF + page image %.1f ms%n",
                    RUNS, median(pdfMs), median(totalMs));
        }
    }

    private static void redraw(LetterPreview preview, LetterTemplate template, Contact contact, LetterSender sender)
            throws Exception {
        draw(preview.render(template, contact, sender, Locale.FRENCH).pdf());
    }

    private static void draw(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFRenderer(document).renderImageWithDPI(0, 110f, ImageType.RGB);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
