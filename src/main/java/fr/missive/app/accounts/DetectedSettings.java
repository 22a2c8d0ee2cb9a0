package fr.missive.app.accounts;

import fr.missive.model.UserMessage;
import fr.missive.model.mail.SmtpSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate found for an address, to show pre-filled for the user to check.
 *
 * @param preset      the provider preset it comes from, or null for a guessed server
 * @param explanation why Missive suggests it: key {@code accounts.detect.<HOW>} with the domain
 *                    and the evidence (MX host, probed port)
 */
public record DetectedSettings(SmtpSettings smtp, ProviderPreset preset, Confidence confidence,
                               UserMessage explanation) {

    /** How sure the suggestion is, most sure first. */
    public enum Confidence {
        /** The domain belongs to a known provider. */
        PRESET,
        /** The domain's mail is received by a known provider (MX records). */
        MX,
        /** A server answered on the guessed name and port. */
        PROBED
    }

    public DetectedSettings {
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(explanation, "explanation");
    }

    public Optional<ProviderPreset> providerPreset() {
        return Optional.ofNullable(preset);
    }
}
