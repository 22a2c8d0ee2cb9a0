package fr.missive.model.accounts;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.SmtpSettings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The e-mail settings of this PC, set by the administrator: its SMTP server (own settings or a
 * profile), the sender name and address mail goes out under when a user's own address may
 * not be used, and the authorised domains.
 *
 * @param profileId         the profile whose settings the workstation uses, or null
 * @param smtp              the workstation's own settings when no profile is used; may be null
 *                          when nothing is set up yet
 * @param senderAddress     may be null until the administrator sets it
 * @param authorisedDomains lower-case domains users' own addresses may be sent From; empty
 *                          means no restriction
 */
public record WorkstationSettings(Long profileId, SmtpSettings smtp, String senderName, EmailAddress senderAddress,
                                  List<String> authorisedDomains) {

    public static final WorkstationSettings NONE = new WorkstationSettings(null, null, "", null, List.of());

    public WorkstationSettings {
        senderName = senderName == null ? "" : senderName.strip();
        authorisedDomains = authorisedDomains == null ? List.of()
                : authorisedDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                        .filter(d -> !d.isEmpty()).distinct().toList();
    }

    public Optional<Long> profile() {
        return Optional.ofNullable(profileId);
    }

    /**
     * True when mail may go out From this address: no domain is listed, or the address's
     * domain is one of them or a subdomain of one.
     */
    public boolean authorises(EmailAddress address) {
        if (authorisedDomains.isEmpty()) {
            return true;
        }
        String domain = address.domain();
        return authorisedDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }
}
