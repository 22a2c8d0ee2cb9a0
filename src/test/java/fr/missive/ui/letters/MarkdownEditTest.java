package fr.missive.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEditTest {

    private static String applied(String text, MarkdownEdit edit) {
        return text.substring(0, edit.start()) + edit.replacement() + text.substring(edit.end());
    }

    @Test
    void boldWrapsTheSelectionAndKeepsItSelected() {
        String text = "Votre enfant est convoqué";
        MarkdownEdit edit = MarkdownEdit.wrap(text, 13, 16, "**");
        assertThat(applied(text, edit)).isEqualTo("Votre enfant **est** convoqué");
        assertThat(applied(text, edit).substring(edit.selectStart(), edit.selectEnd())).isEqualTo("est");
    }

    @Test
    void spacesAroundASelectedWordStayOutsideTheMarkers() {
        String text = "le mardi 1er";
        MarkdownEdit edit = MarkdownEdit.wrap(text, 2, 9, "*");
        assertThat(applied(text, edit)).isEqualTo("le *mardi* 1er");
    }

    @Test
    void italicWithoutSelectionLeavesTheCaretBetweenTheMarkers() {
        MarkdownEdit edit = MarkdownEdit.wrap("ab", 1, 1, "*");
        assertThat(applied("ab", edit)).isEqualTo("a**b");
        assertThat(edit.selectStart()).isEqualTo(2).isEqualTo(edit.selectEnd());
    }

    @Test
    void numberedListNumbersEachSelectedLineAndSkipsBlankOnes() {
        String text = "Documents :\ncarnet\n\nassurance\nfin";
        int from = text.indexOf("carnet");
        int to = text.indexOf("assurance") + 3;
        MarkdownEdit edit = MarkdownEdit.prefixLines(text, from, to, "#. ");
        assertThat(applied(text, edit)).isEqualTo("Documents :\n1. carnet\n\n2. assurance\nfin");
    }

    @Test
    void aListItemTurnedIntoAHeadingLosesItsBullet() {
        String text = "- Ordre du jour";
        MarkdownEdit edit = MarkdownEdit.prefixLines(text, 4, 4, "## ");
        assertThat(applied(text, edit)).isEqualTo("## Ordre du jour");
        assertThat(edit.selectStart()).isEqualTo(applied(text, edit).length());
    }

    @Test
    void insertedFieldReplacesTheSelectionAndTheCaretFollowsIt() {
        String text = "Bonjour NOM,";
        MarkdownEdit edit = MarkdownEdit.insertField(8, 11, "first_name");
        assertThat(applied(text, edit)).isEqualTo("Bonjour {{first_name}},");
        assertThat(edit.selectStart()).isEqualTo("Bonjour {{first_name}}".length());
    }
}
