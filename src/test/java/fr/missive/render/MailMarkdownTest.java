package fr.missive.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailMarkdownTest {

    private static final String BODY = "Madame, Monsieur,\nveuillez trouver le **programme** :\n\n"
            + "1. accueil à *9 h*\n2. visite\n\n- O\\*Neill\n- cahier\\\nbleu\n\n## Contact\n\nLe secrétariat";

    @Test
    void plainTextHasTheWordsAndLinesWithoutMarkdownSyntax() {
        assertThat(MailMarkdown.text(BODY)).isEqualTo("Madame, Monsieur,\nveuillez trouver le programme :\n\n"
                + "1. accueil à 9 h\n2. visite\n- O*Neill\n- cahier\n  bleu\n\nContact\n\nLe secrétariat");
    }

    @Test
    void htmlIsTheInlineLettersMarkupWithEachLineBreakKept() {
        String html = MailMarkdown.html(BODY);
        assertThat(html).contains("Madame, Monsieur,<br>veuillez trouver le <strong>programme</strong> :")
                .contains("<ol").contains("accueil à <em>9 h</em>").contains("<ul").contains("O*Neill")
                .contains("cahier<br>bleu").contains("<h2").doesNotContain("**").doesNotContain("\\");
    }

    @Test
    void plainTextTypedBeforeTheEditorReadsAsItWasTyped() {
        String typed = "Bonjour {{first_name}},\nla réunion a lieu jeudi.\nCordialement";
        assertThat(MailMarkdown.text(typed)).isEqualTo(typed);
        assertThat(MailMarkdown.html("a < b & c")).contains("a &lt; b &amp; c");
    }
}
