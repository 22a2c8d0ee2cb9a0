package fr.missive.ui.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Clipboards as Word, LibreOffice and a browser (Google Docs) fill them, reduced to what a letter holds. */
class HtmlPasteTest {

    private static final Predicate<String> KNOWN = Set.of("first_name", "class")::contains;

    private static String sample(String name) throws IOException {
        try (InputStream in = HtmlPasteTest.class.getResourceAsStream("/richtext/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wordListsWrittenAsMsoParagraphsBecomeListsWithoutTheirTypedBullets() throws IOException {
        List<Para> paras = HtmlPaste.read(sample("paste-word.html"), KNOWN);

        assertThat(paras).extracting(Para::kind, Para::level, Para::plainText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Para.Kind.HEADING, 1, "Sortie au musée"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BODY, 0, "Madame, Monsieur,"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BODY, 0,
                        "La classe de votre enfant se rendra au musée des Confluences le jeudi 14 janvier. "
                                + "Merci de prévoir\u00a0:"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BULLET, 1, "un pique-nique\u00a0;"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BULLET, 2, "sans verre"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BULLET, 1, "une tenue adaptée."),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.ORDERED, 1, "Départ à 8 h 30\u00a0;"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.ORDERED, 1, "Retour à 16 h."),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BODY, 0, "Tarif"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BODY, 0, "5 €"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BODY, 0, "Cordialement,"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BODY, 0, "Le secrétariat"));
        assertThat(paras.get(2).runs()).contains(Run.text("musée des Confluences", true, false),
                Run.text("jeudi 14 janvier", false, true));
        assertThat(paras.get(4).runs()).contains(Run.text("verre", true, false));
        assertThat(paras.get(11).continued()).isTrue();
    }

    @Test
    void libreOfficeListsHeadingsAndStylesAreKeptAndItsFontsAndColoursDropped() throws IOException {
        List<Para> paras = HtmlPaste.read(sample("paste-libreoffice.html"), KNOWN);

        assertThat(paras.get(0)).extracting(Para::kind, Para::level).containsExactly(Para.Kind.HEADING, 1);
        assertThat(paras.get(2).runs()).containsExactly(Run.text("Nous vous convions à la ", false, false),
                Run.text("réunion de rentrée", true, false), Run.text(" de ", false, false),
                Run.field("class", false, true), Run.text(" avec ", false, false),
                Run.field("first_name", false, false), Run.text(" et {{nom_inconnu}}.", false, false));
        assertThat(paras.subList(3, 8)).extracting(Para::kind, Para::level, Para::plainText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BULLET, 1, "présentation de l’équipe\u00a0;"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BULLET, 1, "emploi du temps."),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.BULLET, 2, "options"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.ORDERED, 1, "accueil"),
                org.assertj.core.groups.Tuple.tuple(Para.Kind.ORDERED, 1, "questions"));
        assertThat(paras.get(5).runs()).containsExactly(Run.text("options", true, true));
        assertThat(paras.get(8).runs()).containsExactly(Run.text("Merci", true, false));
        assertThat(paras.get(9)).extracting(Para::continued, Para::plainText).containsExactly(true,
                "de votre présence.");
    }

    @Test
    void aWebPageKeepsTheBoldOfItsStylesButNotTheWrapperThatSaysNormal() throws IOException {
        List<Para> paras = HtmlPaste.read(sample("paste-web.html"), KNOWN);

        assertThat(paras).hasSize(2);
        assertThat(paras.get(0).runs()).containsExactly(Run.text("Horaires", true, false),
                Run.text(" du CDI", false, true));
        assertThat(paras.get(1).plainText()).isEqualTo("un lien gardé comme texte");
    }

    @Test
    void pastedLettersWriteMarkdownThatReadsBackTheSame() throws IOException {
        for (String sample : List.of("paste-word.html", "paste-libreoffice.html", "paste-web.html")) {
            List<Para> paras = HtmlPaste.read(sample(sample), KNOWN);
            String markdown = MarkdownWriter.canonical(paras);
            assertThat(fr.missive.app.letters.FieldScan.of(markdown).names()).as(sample)
                    .doesNotContain("nom_inconnu");
            assertThat(MarkdownWriter.canonical(MarkdownReader.read(markdown).paras())).as(sample).isEqualTo(markdown);
            assertThat(MarkdownReader.read(markdown).paras()).extracting(Para::kind, Para::level, Para::plainText)
                    .as(markdown).isEqualTo(paras.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.kind(),
                            p.level(), p.plainText())).toList());
        }
    }
}
