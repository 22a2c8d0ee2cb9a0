package fr.missive.mail.returns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.ReturnKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every outcome and reason a report can give is said in plain words in both languages. */
class ReturnsMessageKeysTest {

    private static List<String> keys() {
        return Stream.concat(Stream.of(ReturnKind.values()).map(ReturnKind::messageKey),
                Stream.of(BounceReason.values()).map(BounceReason::messageKey)).toList();
    }

    @Test
    void everyKindAndReasonHasASentenceInFrenchAndEnglish() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Messages messages = Messages.forLocale(locale);
            assertThat(keys()).as(locale.toString()).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
        }
    }

    @Test
    void theReasonsASecretaryMeetsMostAreSaidInHerWords() {
        Messages fr = Messages.forLocale(Locale.FRENCH);
        Messages en = Messages.forLocale(Locale.ENGLISH);

        assertThat(fr.get(BounceReason.UNKNOWN_ADDRESS.messageKey())).isEqualTo("adresse inconnue");
        assertThat(fr.get(BounceReason.MAILBOX_FULL.messageKey())).isEqualTo("boîte aux lettres pleine");
        assertThat(fr.get(BounceReason.REFUSED_AS_SPAM.messageKey())).isEqualTo("refusé comme indésirable");
        assertThat(en.get(BounceReason.UNKNOWN_ADDRESS.messageKey())).isEqualTo("unknown address");
        assertThat(en.get(BounceReason.MAILBOX_FULL.messageKey())).isEqualTo("mailbox full");
        assertThat(en.get(BounceReason.REFUSED_AS_SPAM.messageKey())).isEqualTo("refused as spam");
    }
}
