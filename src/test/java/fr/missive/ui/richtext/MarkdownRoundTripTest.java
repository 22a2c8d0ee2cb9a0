package fr.missive.ui.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.letters.TemplateFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Markdown read into the editor's lines and written back, without a window. */
class MarkdownRoundTripTest {

    static Stream<String> letters() {
        return Stream.of("/fr/missive/sandbox/letters-absence.md", "/fr/missive/sandbox/letters-reunion.md",
                "/fr/missive/sandbox/letters-certificat.md", "/richtext/every-construct.md",
                "/richtext/unusual-constructs.md");
    }

    static String body(String resource) throws IOException {
        try (InputStream in = MarkdownRoundTripTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return resource.startsWith("/fr/") ? TemplateFile.parse(text).body() : text;
        }
    }

    @ParameterizedTest
    @MethodSource("letters")
    void anUntouchedBodyIsWrittenBackCharacterForCharacter(String resource) throws IOException {
        String body = body(resource);
        MarkdownSource source = MarkdownReader.read(body);
        List<MarkdownSource.Block> origins = new ArrayList<>();
        source.blocks().forEach(b -> b.paras().forEach(p -> origins.add(b)));

        assertThat(MarkdownWriter.write(source.paras(), origins, source)).isEqualTo(body);
    }

    @ParameterizedTest
    @MethodSource("letters")
    void writingEveryLineAnewKeepsWhatTheLetterPrints(String resource) throws IOException {
        List<Para> read = MarkdownReader.read(body(resource)).paras();

        String rewritten = MarkdownWriter.canonical(read);

        assertThat(MarkdownReader.read(rewritten).paras()).as(rewritten).isEqualTo(read);
    }

    @Test
    void theSampleLettersAreAlreadyInThePlainStyleTheEditorWrites() throws IOException {
        for (String resource : List.of("/fr/missive/sandbox/letters-absence.md",
                "/fr/missive/sandbox/letters-reunion.md", "/fr/missive/sandbox/letters-certificat.md",
                "/richtext/every-construct.md")) {
            String body = body(resource);
            String plain = body.replaceAll("  \n", "\\\\\n");
            assertThat(MarkdownWriter.canonical(MarkdownReader.read(body).paras()) + "\n").as(resource)
                    .isEqualTo(plain);
        }
    }

    @Test
    void readsEveryConstructAsTheLetterPrintsIt() throws IOException {
        List<Para> paras = MarkdownReader.read(body("/richtext/every-construct.md")).paras();

        assertThat(paras.get(1)).isEqualTo(new Para(Para.Kind.HEADING, 1, 0, ' ', false,
                List.of(Run.text("Convocation au conseil de discipline", false, false))));
        assertThat(paras.get(2).runs()).containsExactly(Run.text("Nous vous informons que ", false, false),
                Run.field("first_name", true, false), Run.text(" ", true, false), Run.field("last_name", true, false),
                Run.text(", élève de ", false, false), Run.field("class", false, true),
                Run.text(", est convoqué(e) le ", false, false), Run.field("date_rdv", true, true),
                Run.text(".", false, false));
        assertThat(paras.get(3).continued()).isTrue();
        assertThat(paras.get(4)).extracting(Para::continued, Para::plainText)
                .containsExactly(true, "muni(e) d’une pièce d’identité.");
        assertThat(paras).filteredOn(p -> p.kind() == Para.Kind.BULLET).extracting(Para::level)
                .containsExactly(1, 1, 2, 2, 1);
        assertThat(paras).filteredOn(p -> p.kind() == Para.Kind.ORDERED).extracting(Para::number)
                .containsExactly(1, 2, 3);
        assertThat(paras).filteredOn(p -> p.plainText().startsWith("Un texte")).singleElement()
                .extracting(Para::plainText)
                .isEqualTo("Un texte sur deux lignes\nqui continue ici, avec une étoile * et un dièse # qui n’en est pas un.");
        assertThat(paras).noneMatch(p -> p.kind() == Para.Kind.RAW);
    }

    @Test
    void keepsWhatItCannotShowAsRichTextAsMarkdownLines() throws IOException {
        List<Para> paras = MarkdownReader.read(body("/richtext/unusual-constructs.md")).paras();

        assertThat(paras).filteredOn(p -> p.kind() == Para.Kind.RAW).extracting(Para::plainText)
                .contains("> Une citation", "    du code indenté", "```", "<div>du HTML brut</div>", "---",
                        "Un [lien](https://www.ac-lyon.fr) et un `code` restent en Markdown.");
    }

    @Test
    void bracesTypedInTheTextNeverBecomeAField() {
        Para typed = Para.body(List.of(Run.text("Tapez {{foo}} ou {", false, false),
                Run.field("first_name", false, false), Run.text(" }}", false, false)));

        String markdown = MarkdownWriter.canonical(List.of(typed));

        assertThat(fr.missive.app.letters.FieldScan.of(markdown).names()).containsExactly("first_name");
        assertThat(MarkdownReader.read(markdown).paras()).containsExactly(typed);
    }

    /** Many generated bodies: lines of every kind, styles, fields and characters Markdown reads as marks. */
    @Test
    void generatedBodiesComeBackAsTheyWereWritten() {
        for (int seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            List<Para> paras = generated(random);

            String markdown = MarkdownWriter.canonical(paras);

            List<Para> read = MarkdownReader.read(markdown).paras();
            for (int i = 0; i < Math.min(read.size(), paras.size()); i++) {
                assertThat(read.get(i)).as("seed %d, line %d:%n%s", seed, i, markdown).isEqualTo(paras.get(i));
            }
            assertThat(read).as("seed %d:%n%s", seed, markdown).hasSameSizeAs(paras);
            assertThat(MarkdownWriter.canonical(MarkdownReader.read(markdown).paras())).as("seed %d", seed)
                    .isEqualTo(markdown);
        }
    }

    private static final List<String> WORDS = List.of("Madame", "élève", "l’accueil", "3e", "A", "2026.", "1)",
            "*", "#", "-", "+", "=", "_x_", "[lien]", "<b>", "&amp;", "\\", "`code`", "{{", "}}", "{", "a*b", "100\u00a0%",
            "«", "»", "(e)", "!", "~", "|", "1.", "__", "**");
    private static final List<String> PLAIN = List.of("Madame", "Monsieur", "rendez", "vous", "classe", "conseil",
            "salle", "demain");
    private static final List<String> FIELDS = List.of("first_name", "last_name", "class", "date_rdv", "today");

    static List<Para> generated(Random random) {
        List<Para> paras = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        int depth = 0;
        for (int i = 0; i < count; i++) {
            Para.Kind kind = Para.Kind.values()[random.nextInt(4)];
            boolean continued = i > 0 && kind != Para.Kind.HEADING && paras.get(i - 1).kind() != Para.Kind.HEADING
                    && random.nextInt(5) == 0;
            if (continued) {
                Para before = paras.get(i - 1);
                paras.add(new Para(before.kind(), before.level(), before.number(), before.marker(), true,
                        runs(random)));
                continue;
            }
            int level = 0;
            int number = 0;
            char marker = ' ';
            if (kind == Para.Kind.HEADING) {
                level = 1 + random.nextInt(6);
                depth = 0;
            } else if (kind == Para.Kind.BULLET || kind == Para.Kind.ORDERED) {
                Para before = i > 0 ? paras.get(i - 1) : null;
                boolean inList = before != null && before.listItem();
                level = inList ? 1 + random.nextInt(Math.min(depth + 1, 3)) : 1;
                // An item at a level already opened by the other kind of list would start a new list.
                kind = sameLevelKind(paras, level, kind);
                depth = level;
                number = kind == Para.Kind.ORDERED ? numberAfter(paras, level) : 0;
                marker = kind == Para.Kind.ORDERED ? '.' : '-';
            } else {
                depth = 0;
            }
            List<Run> runs = runs(random);
            if (kind == Para.Kind.HEADING) {
                runs = runs.stream().map(r -> r.isField() ? r : Run.text(r.text().replace('\n', ' '), r.bold(),
                        r.italic())).toList();
            }
            paras.add(new Para(kind, level, number, marker, false, runs));
        }
        return paras;
    }

    private static Para.Kind sameLevelKind(List<Para> paras, int level, Para.Kind wanted) {
        for (int k = paras.size() - 1; k >= 0 && paras.get(k).listItem(); k--) {
            if (paras.get(k).level() < level) {
                return wanted;
            }
            if (paras.get(k).level() == level) {
                return paras.get(k).kind();
            }
        }
        return wanted;
    }

    private static int numberAfter(List<Para> paras, int level) {
        for (int k = paras.size() - 1; k >= 0 && paras.get(k).listItem(); k--) {
            if (paras.get(k).level() < level) {
                return 1;
            }
            if (paras.get(k).level() == level && !paras.get(k).continued()) {
                return paras.get(k).number() + 1;
            }
        }
        return 1;
    }

    private static List<Run> runs(Random random) {
        List<Run> runs = new ArrayList<>();
        int words = 1 + random.nextInt(9);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                runs.add(Run.text(random.nextInt(6) == 0 ? "\n" : " ", false, false));
            }
            int pick = random.nextInt(10);
            boolean bold = random.nextInt(4) == 0;
            boolean italic = random.nextInt(4) == 0;
            if (pick < 2) {
                runs.add(Run.field(FIELDS.get(random.nextInt(FIELDS.size())), bold, italic));
            } else if (pick < 5) {
                String phrase = String.join(" ", Arrays.asList(PLAIN.get(random.nextInt(PLAIN.size())),
                        PLAIN.get(random.nextInt(PLAIN.size()))).subList(0, 1 + random.nextInt(2)));
                runs.add(Run.text(phrase, bold, italic));
            } else {
                runs.add(Run.text(WORDS.get(random.nextInt(WORDS.size())), false, false));
            }
        }
        return Para.body(runs).runs();
    }
}
