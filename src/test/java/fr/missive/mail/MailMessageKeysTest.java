package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.MailInputProblem;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.mail.SuggestedFix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every diagnosis, fix and settings problem can be said in both languages. */
class MailMessageKeysTest {

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (DiagnosisKind kind : DiagnosisKind.values()) {
            keys.add(kind.messageKey());
        }
        for (SuggestedFix.Kind kind : SuggestedFix.Kind.values()) {
            keys.add("diagnosis.fix." + kind.name());
        }
        for (MailInputProblem.Kind kind : MailInputProblem.Kind.values()) {
            keys.add("mail.problem." + kind.name());
        }
        keys.add("diagnosis.serverReply");
        return keys;
    }

    @Test
    void everyKindHasASentenceInFrenchAndEnglish() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Messages messages = Messages.forLocale(locale);
            assertThat(keys()).as(locale.toString()).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
        }
    }

    @Test
    void timeoutsSayDelaiDepasseInFrench() {
        Messages fr = Messages.forLocale(Locale.FRENCH);
        SmtpSettings settings = SmtpSettings.of("smtp.example.fr", 587, Security.STARTTLS);
        for (DiagnosisKind kind : List.of(DiagnosisKind.CONNECT_TIMEOUT, DiagnosisKind.READ_TIMEOUT,
                DiagnosisKind.DATA_TIMEOUT)) {
            Diagnosis d = new Diagnosis(kind, settings, "", null, null, List.of());
            assertThat(fr.get(d.message())).startsWith("Délai dépassé").contains("30 secondes");
        }
    }

    @Test
    void sentenceCarriesHostPortAndDetail() {
        SmtpSettings settings = SmtpSettings.of("smtp.example.fr", 2525, Security.STARTTLS);
        Diagnosis d = new Diagnosis(DiagnosisKind.RECIPIENT_REFUSED, settings, "parent@example.fr", null, null,
                List.of());

        assertThat(Messages.forLocale(Locale.FRENCH).get(d.message())).contains("parent@example.fr");
        assertThat(Messages.forLocale(Locale.ENGLISH).get(
                new Diagnosis(DiagnosisKind.CONNECTION_REFUSED, settings, "", null, null, List.of()).message()))
                .contains("smtp.example.fr").contains("port 2525");
    }
}
