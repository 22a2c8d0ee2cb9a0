package fr.missive.ui.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void eachLineBreakInsideAParagraphBecomesAHardOne() {
        assertThat(LineBreaks.hard("Bonjour,\nla réunion\na lieu jeudi.\n\nCordialement\nClaire"))
                .isEqualTo("Bonjour,\\\nla réunion\\\na lieu jeudi.\n\nCordialement\\\nClaire");
    }

    @Test
    void emphasisAtTheEndOfALineAndListsKeepTheirSyntax() {
        assertThat(LineBreaks.hard("**Claire Martin**\n*CPE*\n\n- un\n- deux\n  suite"))
                .isEqualTo("**Claire Martin**\\\n*CPE*\n\n- un\n- deux\\\n  suite");
    }

    @Test
    void textWithoutSoftBreaksIsUnchanged() {
        String text = "déjà\\\ndur  \net\n\n# Titre\nfin";
        assertThat(LineBreaks.hard(text)).isEqualTo(text);
        assertThat(LineBreaks.hard("une ligne")).isEqualTo("une ligne");
    }
}
