package fr.missive.app.accounts;

import fr.missive.app.ValidationException;
import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.mail.MxLookup;
import fr.missive.mail.ServerProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Finds the SMTP settings of an address, as the wizard's second step shows them: the preset of
 * the address's provider; else the preset of the provider its MX records point to (a school
 * domain hosted by Google or Microsoft 365); else {@code smtp.<domain>} and {@code mail.<domain>}
 * on 587 (STARTTLS) and 465 (SSL/TLS), whichever answers. Runs off the EDT; DNS and probing sit
 * behind interfaces, and the caller's cancel check is consulted between probes.
 */
public final class DetectSettings {

    private static final int PROBE_TIMEOUT_MILLIS = 5_000;

    private final ProviderPresets presets;
    private final MxLookup mx;
    private final ServerProbe probe;

    public DetectSettings(ProviderPresets presets, MxLookup mx, ServerProbe probe) {
        this.presets = presets;
        this.mx = mx;
        this.probe = probe;
    }

    /**
     * @return the candidates, most likely first; empty when nothing was found (manual entry)
     * @throws ValidationException on {@code address} when it is not an e-mail address
     */
    public List<DetectedSettings> detect(String address, BooleanSupplier cancelled) {
        EmailAddress parsed = AccountValidation.address("address", address);
        String domain = parsed.domain();
        String user = parsed.toAscii();
        Optional<ProviderPreset> byDomain = presets.forDomain(domain);
        if (byDomain.isPresent()) {
            return withAlternative(byDomain.get(), user, DetectedSettings.Confidence.PRESET,
                    UserMessage.of("accounts.detect.PRESET", domain, byDomain.get().displayName()));
        }
        for (String host : mx.mxHosts(asciiDomain(parsed))) {
            Optional<ProviderPreset> byMx = presets.forMxHost(host);
            if (byMx.isPresent()) {
                return withAlternative(byMx.get(), user, DetectedSettings.Confidence.MX,
                        UserMessage.of("accounts.detect.MX", domain, byMx.get().displayName(), host));
            }
        }
        List<DetectedSettings> found = new ArrayList<>();
        for (String prefix : List.of("smtp.", "mail.")) {
            for (Security security : List.of(Security.STARTTLS, Security.TLS)) {
                if (cancelled.getAsBoolean()) {
                    return found;
                }
                String host = prefix + asciiDomain(parsed);
                if (probe.answers(host, security.usualPort(), security, PROBE_TIMEOUT_MILLIS)) {
                    found.add(new DetectedSettings(
                            SmtpSettings.of(host, security.usualPort(), security).withPassword(user), null,
                            DetectedSettings.Confidence.PROBED,
                            UserMessage.of("accounts.detect.PROBED", domain, host, String.valueOf(security.usualPort()))));
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }

    private static List<DetectedSettings> withAlternative(ProviderPreset preset, String user,
                                                          DetectedSettings.Confidence confidence, UserMessage why) {
        List<DetectedSettings> out = new ArrayList<>();
        out.add(new DetectedSettings(preset.settingsFor(user), preset, confidence, why));
        preset.alternativeSettings().ifPresent(alt ->
                out.add(new DetectedSettings(alt.withPassword(user), preset, confidence, why)));
        return out;
    }

    private static String asciiDomain(EmailAddress address) {
        String ascii = address.toAscii();
        return ascii.substring(ascii.indexOf('@') + 1);
    }
}
