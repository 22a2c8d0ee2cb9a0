package fr.missive.ui.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.Action;
import javax.swing.JTextPane;
import javax.swing.SwingUtilities;
import javax.swing.text.DefaultEditorKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The editor's document: bodies through it unchanged, fields that cannot be split, real edits undone whole. */
class LetterDocumentTest {

    private static RichTextEditor editor(String markdown) throws Exception {
        RichTextEditor[] made = new RichTextEditor[1];
        SwingUtilities.invokeAndWait(() -> {
            made[0] = new RichTextEditor(code -> "Prénom de l’élève", Set.of("first_name", "class")::contains,
                    () -> Map.of("first_name", "Prénom de l’élève"));
            made[0].setMarkdown(markdown);
            // Laid out as in a window, so that the caret moves through the views.
            made[0].textPane().setSize(600, 400);
        });
        return made[0];
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    static java.util.stream.Stream<String> letters() {
        return MarkdownRoundTripTest.letters();
    }

    @ParameterizedTest
    @MethodSource("letters")
    void aLetterLoadedAndSavedWithoutAnEditIsTheSameText(String resource) throws Exception {
        String body = MarkdownRoundTripTest.body(resource);
        RichTextEditor editor = editor(body);

        assertThat(editor.markdown()).isEqualTo(body);
        assertThat(editor.document().paras()).isEqualTo(MarkdownReader.read(body).paras().isEmpty()
                ? List.of(Para.body(List.of())) : MarkdownReader.read(body).paras());
    }

    @Test
    void generatedBodiesGoThroughTheDocumentUnchanged() throws Exception {
        for (int seed = 0; seed < 60; seed++) {
            String markdown = MarkdownWriter.canonical(MarkdownRoundTripTest.generated(new java.util.Random(seed)));
            RichTextEditor editor = editor(markdown);
            assertThat(editor.document().paras()).as(markdown).isEqualTo(MarkdownReader.read(markdown).paras());
            assertThat(editor.markdown()).isEqualTo(markdown);
        }
    }

    @Test
    void onlyTheEditedParagraphIsWrittenAnew() throws Exception {
        RichTextEditor editor = editor("Un _mot_ ici.\n\n* a\n* b\n\nFin.\n");
        onEdt(() -> {
            JTextPane pane = editor.textPane();
            pane.setCaretPosition(editor.document().getLength());
            pane.replaceSelection(" Merci");
        });
        assertThat(editor.markdown()).isEqualTo("Un _mot_ ici.\n\n* a\n* b\n\nFin. Merci\n");
    }

    @Test
    void aFieldIsOneCharacterThatBackspaceRemovesWhole() throws Exception {
        RichTextEditor editor = editor("Bonjour {{first_name}}.");
        JTextPane pane = editor.textPane();
        int chip = "Bonjour ".length();
        assertThat(editor.document().getLength()).isEqualTo("Bonjour .".length() + 1);
        assertThat(editor.document().fieldAt(chip)).isEqualTo("first_name");
        onEdt(() -> {
            pane.setCaretPosition(chip + 1);
            Action backspace = pane.getActionMap().get(DefaultEditorKit.deletePrevCharAction);
            backspace.actionPerformed(new java.awt.event.ActionEvent(pane, 0, ""));
        });
        assertThat(editor.markdown()).isEqualTo("Bonjour .");
        onEdt(editor::undo);
        assertThat(editor.markdown()).isEqualTo("Bonjour {{first_name}}.");
    }

    @Test
    void aFieldTakesOneCaretStepAndASelectionTakesItWhole() throws Exception {
        RichTextEditor editor = editor("A{{first_name}}B");
        JTextPane pane = editor.textPane();
        assertThat(editor.document().getLength()).isEqualTo(3);
        onEdt(() -> {
            pane.select(0, 2);
            pane.replaceSelection("x");
        });
        assertThat(editor.markdown()).isEqualTo("xB");
    }

    @Test
    void textTypedAfterAFieldIsNeverAField() throws Exception {
        RichTextEditor editor = editor("{{first_name}}");
        onEdt(() -> {
            editor.textPane().setCaretPosition(1);
            editor.textPane().replaceSelection(" et {{foo}}");
        });
        assertThat(editor.markdown()).isEqualTo("{{first_name}} et {\\{foo}}");
        assertThat(fr.missive.app.letters.FieldScan.of(editor.markdown()).names()).containsExactly("first_name");
    }

    @Test
    void boldIsAStyleToggledOnTheSelectionAndUndoneInOneStep() throws Exception {
        RichTextEditor editor = editor("Je certifie que {{first_name}} est inscrit");
        onEdt(() -> {
            editor.textPane().select(0, "Je certifie que ".length() + 1);
            editor.toggleBold();
        });
        assertThat(editor.markdown()).isEqualTo("**Je certifie que {{first_name}}** est inscrit");
        onEdt(() -> editor.toggleBold());
        assertThat(editor.markdown()).isEqualTo("Je certifie que {{first_name}} est inscrit");
        onEdt(editor::undo);
        assertThat(editor.markdown()).isEqualTo("**Je certifie que {{first_name}}** est inscrit");
    }

    @Test
    void listsAndHeadingsAreParagraphStylesAndEnterMakesANewItem() throws Exception {
        RichTextEditor editor = editor("Ordre du jour\n\nbilan");
        onEdt(() -> {
            editor.textPane().setCaretPosition(0);
            editor.toggleHeading();
            editor.textPane().setCaretPosition(editor.document().getLength());
            editor.toggleBulletList();
            editor.newLine(false);
            editor.textPane().replaceSelection("entretiens");
            editor.newLine(false);
            editor.newLine(false);
            editor.textPane().replaceSelection("Merci.");
        });
        assertThat(editor.markdown()).isEqualTo("## Ordre du jour\n\n- bilan\n- entretiens\n\nMerci.");
    }

    @Test
    void theSourceViewShowsTheMarkdownAndItsEditsComeBack() throws Exception {
        RichTextEditor editor = editor("Bonjour **{{first_name}}**");
        onEdt(() -> editor.showSource(true));
        assertThat(editor.sourceArea().getText()).isEqualTo("Bonjour **{{first_name}}**");
        onEdt(() -> {
            editor.sourceArea().append("\n\n- un point");
            editor.showSource(false);
        });
        assertThat(editor.document().paras()).extracting(Para::kind).containsExactly(Para.Kind.BODY,
                Para.Kind.BULLET);
        assertThat(editor.markdown()).isEqualTo("Bonjour **{{first_name}}**\n\n- un point");
    }

    @Test
    void pastedWordHtmlLandsAsStyledParagraphs() throws Exception {
        RichTextEditor editor = editor("");
        List<Para> paras = HtmlPaste.read("<p class=MsoNormal><b>Objet</b><o:p></o:p></p>"
                + "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
                + "<span style='mso-list:Ignore'>·</span><![endif]>un point</p>", c -> true);
        onEdt(() -> editor.paste(paras));
        assertThat(editor.markdown()).isEqualTo("**Objet**\n\n- un point");
    }
}
