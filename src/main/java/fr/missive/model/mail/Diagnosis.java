package fr.missive.model.mail;

import fr.missive.model.UserMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a connection or a sending failed, in terms the user can act on. The sentence is
 * {@code diagnosis.<KIND>} with the arguments {0} host, {1} port, {2} timeout in seconds and
 * {3} a detail that depends on the kind (the certificate's fingerprint, the names it is valid
 * for, the refused address, the server's reply for {@link DiagnosisKind#OTHER}).
 *
 * @param reply       what the server said last, verbatim, or null when it said nothing relevant
 * @param certificate the server's certificate for the certificate kinds, or null
 * @param fixes       settings changes that should cure it, most likely first; may be empty
 */
public record Diagnosis(DiagnosisKind kind, SmtpSettings settings, String detail, SmtpReply reply,
                        ServerCertificate certificate, List<SuggestedFix> fixes) {

    public Diagnosis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(settings, "settings");
        detail = detail == null ? "" : detail;
        fixes = List.copyOf(fixes);
    }

    public UserMessage message() {
        return UserMessage.of(kind.messageKey(), settings.host(), String.valueOf(settings.port()),
                settings.timeout().toSeconds(), detail);
    }

    public Optional<SmtpReply> serverReply() {
        return Optional.ofNullable(reply);
    }

    public Optional<CertificateFingerprint> fingerprint() {
        return Optional.ofNullable(certificate).map(ServerCertificate::fingerprint);
    }

    public Optional<SuggestedFix> fix(SuggestedFix.Kind fixKind) {
        return fixes.stream().filter(f -> f.kind() == fixKind).findFirst();
    }
}
