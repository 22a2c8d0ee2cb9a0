package fr.missive.app.accounts;

import java.util.List;

/**
 * The workstation's e-mail settings as the administrator types them. Null fields keep what is
 * stored, so a command can change one thing at a time.
 *
 * @param profileName use this profile's server (clears own settings)
 * @param smtp        own server settings (clears the profile)
 */
public record WorkstationDraft(String profileName, SmtpDraft smtp, String senderName, String senderAddress,
                               List<String> authorisedDomains) {
}
