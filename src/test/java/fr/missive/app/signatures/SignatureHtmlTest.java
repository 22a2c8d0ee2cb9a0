package fr.missive.app.signatures;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@NoDatabase
class SignatureHtmlTest {

    @Test
    void boldItalicAndLineBreaksBecomeHtmlAndTagsTypedAreShownAsText() {
        assertThat(SignatureHtml.of("**Claire Martin**\n*Secrétaire* <b>x</b> & _CPE_"))
                .contains("<strong>Claire Martin</strong><br><em>Secrétaire</em> &lt;b&gt;x&lt;/b&gt; &amp;"
                        + " <em>CPE</em>");
    }

    @Test
    void anAddressWithUnderscoresStaysAsTyped() {
        assertThat(SignatureHtml.of("vie_scolaire_2@college.fr")).contains("vie_scolaire_2@college.fr");
    }

    @Test
    void aMessageHasItsMarkdownBodyAsHtmlAndThePlainSignatureLineByLineWhenNoneIsFormatted() {
        String html = SignatureHtml.message("Bonjour,\n\n- **jeudi** 9 h\n- vendredi", null, "Claire Martin\nCPE", null);
        assertThat(html).contains("<p style=\"margin:0 0 12px 0;\">Bonjour,</p>").contains("<ul")
                .contains("<strong>jeudi</strong> 9 h").contains("-- <br>").contains("Claire Martin<br>CPE")
                .doesNotContain("**").doesNotContain("cid:");
    }
}
