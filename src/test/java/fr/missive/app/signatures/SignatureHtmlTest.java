package fr.missive.app.signatures;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@NoDatabase
class SignatureHtmlTest {

    @Test
    void boldItalicAndLineBreaksBecomeHtmlAndTagsTypedAreShownAsText() {
        assertThat(SignatureHtml.of("**Claire Martin**\n*Secrétaire* <b>x</b> & _CPE_"))
                .isEqualTo("<html><body><b>Claire Martin</b><br><i>Secrétaire</i> &lt;b&gt;x&lt;/b&gt; &amp;"
                        + " <i>CPE</i></body></html>");
    }

    @Test
    void anAddressWithUnderscoresStaysAsTyped() {
        assertThat(SignatureHtml.of("vie_scolaire_2@college.fr")).contains("vie_scolaire_2@college.fr");
    }
}
