package fr.missive.app.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.render.PdfProbe;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.users.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(DataFolderExtension.class)
class LetterPreviewTest {

    @TempDir
    Path folder;

    private OpenDataFolder services;

    private static final LetterTemplate CONVOCATION = new LetterTemplate("Convocation", Category.CONVOCATION,
            "Convocation de {{eleve}}", "Madame, Monsieur,\n\n{{eleve}} est attendu le **{{date_rdv}}**.\n",
            List.of("date_rdv"));
    private static final LetterSender SENDER = new LetterSender("Jeanne Martin", "La Principale", null);

    @BeforeEach
    void openFolder(DataFolders dataFolders) {
        services = dataFolders.open(folder);
        services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                "69003", "Lyon", "04 72 00 00 00", ""), null,
                new UserDraft("Claire Martin", "claire.martin@example.fr", Role.ADMIN, null));
    }

    @Test
    void printsSampleValuesForLetterFieldsNobodyGaveAndSaysTheyAreMissing() throws IOException {
        LetterPreview.Result result = services.letters().preview().render(CONVOCATION, LetterComposerTest.SIMON,
                SENDER, Locale.FRENCH);

        assertThat(result.preflight().missingFields()).containsExactly("date_rdv");
        assertThat(result.sampleFields()).isEqualTo(Map.of("date_rdv", "[Date rdv]"));
        assertThat(result.preflight().withoutAddress()).isEmpty();
        String text = text(result.pdf());
        assertThat(text).contains("Noé Simon est attendu le [Date rdv].", "Madame Anaïs SIMON", "74000 ANNECY",
                "Collège Jean Moulin");
    }

    @Test
    void aContactWithoutAddressIsPreviewedWithTheWarning() throws IOException {
        LetterPreview.Result result = services.letters().preview().render(CONVOCATION, LetterComposerTest.NO_ADDRESS,
                SENDER, Locale.FRENCH);

        assertThat(result.preflight().withoutAddress()).containsExactly(LetterComposerTest.NO_ADDRESS);
        assertThat(result.preflight().unknownFields()).containsExactly("eleve");
        assertThat(text(result.pdf())).contains("(adresse postale manquante)", "{{eleve}}");
        assertThat(LetterComposerTest.NO_ADDRESS.address()).isEqualTo(PostalAddress.EMPTY);
    }

    /** A logo straight from a scanner: stored as given, scaled down only in the letter. */
    @Test
    void aTenMegabyteLogoIsAcceptedAndTheLetterStaysSmall() throws IOException {
        Path logo = folder.resolve("logo-scan.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1800, 1500,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.util.Random noise = new java.util.Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, noise.nextInt());
            }
        }
        javax.imageio.ImageIO.write(image, "png", logo.toFile());
        assertThat(java.nio.file.Files.size(logo)).isGreaterThan(10_000_000L);
        var admin = services.setup().users().list().get(0);
        services.setup().institution().update(admin, new InstitutionDraft("Collège Jean Moulin",
                List.of("12 rue des Écoles"), "69003", "Lyon", "04 72 00 00 00", ""), logo);
        assertThat(services.setup().institution().logo()).get().extracting(l -> l.bytes().length)
                .isEqualTo((int) java.nio.file.Files.size(logo));

        LetterPreview.Result result = services.letters().preview().render(CONVOCATION, LetterComposerTest.SIMON,
                SENDER, Locale.FRENCH);

        assertThat(result.pdf().length).isLessThan(1_500_000);
        assertThat(text(result.pdf())).contains("Collège Jean Moulin");
    }

    private static String text(byte[] pdf) {
        return PdfProbe.text(pdf);
    }
}
