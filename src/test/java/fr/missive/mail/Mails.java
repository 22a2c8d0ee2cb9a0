package fr.missive.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.PlainTextMessage;
import fr.missive.model.mail.SendResult;

/** What the mail tests share: a test message and unwrapping of results. */
final class Mails {

    static final String FROM = "secretariat@college-test.fr";
    static final String TO = "claire.martin@college-test.fr";
    static final String SUBJECT = "Test de l'envoi d'e-mails";

    private Mails() {
    }

    static PlainTextMessage testMessage() {
        return new PlainTextMessage(EmailAddress.parse(FROM), "Secrétariat du collège", EmailAddress.parse(TO),
                SUBJECT, "Ceci est un message de test envoyé par Missive.\n");
    }

    static Diagnosis failure(SendResult result) {
        assertThat(result).isInstanceOf(SendResult.Failed.class);
        return ((SendResult.Failed) result).diagnosis();
    }

    static SendResult.Sent sent(SendResult result) {
        if (result instanceof SendResult.Failed failed) {
            throw new AssertionError("expected the message to be sent, got " + failed.diagnosis());
        }
        return (SendResult.Sent) result;
    }
}
