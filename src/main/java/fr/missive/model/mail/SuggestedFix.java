package fr.missive.model.mail;

import fr.missive.model.UserMessage;
import java.util.Objects;

/**
 * A change of the settings that should cure a diagnosed failure, offered as one click: the
 * label {@code diagnosis.fix.<KIND>} and the settings once changed. Pinning a certificate is
 * offered to administrators only; the UI decides.
 */
public record SuggestedFix(Kind kind, SmtpSettings settings) {

    public enum Kind { USE_TLS, USE_STARTTLS, RAISE_TIMEOUT, PIN_CERTIFICATE, NO_AUTHENTICATION, USE_OAUTH2 }

    public SuggestedFix {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(settings, "settings");
    }

    public UserMessage label() {
        Object arg = switch (kind) {
            case USE_TLS, USE_STARTTLS -> String.valueOf(settings.port());
            case RAISE_TIMEOUT -> settings.timeout().toSeconds();
            case PIN_CERTIFICATE -> String.valueOf(settings.pinnedCertificate());
            case NO_AUTHENTICATION, USE_OAUTH2 -> "";
        };
        return UserMessage.of("diagnosis.fix." + kind.name(), arg);
    }
}
