package fr.missive.mail;

import fr.missive.model.mail.DeliveryOutcome;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.SendResult;
import fr.missive.model.mail.SmtpSettings;
import java.util.List;

/**
 * What a sandbox gets for a server other than its mail catcher: an attempt and a connection
 * that fail at once, without opening a socket, with a diagnosis saying why.
 */
final class OutsideSandbox implements SendAttempt, MailConnection {

    private final Diagnosis diagnosis;
    private final Password password;

    OutsideSandbox(SmtpSettings settings, Password password) {
        this.diagnosis = new Diagnosis(DiagnosisKind.OUTSIDE_SANDBOX, settings, "", null, null, List.of());
        this.password = password;
    }

    @Override
    public SendResult run() {
        dispose();
        return new SendResult.Failed(diagnosis);
    }

    @Override
    public void cancel() {
        dispose();
    }

    @Override
    public DeliveryOutcome deliver(String envelopeFrom, List<String> recipients, byte[] mime,
                                   Runnable beforeAccepting) {
        return new DeliveryOutcome.Refused(diagnosis, true);
    }

    @Override
    public void close() {
        // nothing was opened
    }

    @Override
    public void dispose() {
        if (password != null) {
            password.clear();
        }
    }
}
