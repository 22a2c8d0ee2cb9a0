package fr.missive.app.accounts;

import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.app.oauth.OAuthClients;

/**
 * The e-mail accounts and the servers they send through: the accounts themselves, this PC's
 * server and the dispatching profiles, their tests and checks, the settings found for an
 * address, and the OAuth2 sign-in of providers that ask for it.
 */
public record AccountUseCases(ProviderPresets presets, ProfileService profiles,
                              WorkstationSettingsService workstation, AccountService accounts,
                              TestSending testSending, AccountVerification verification, DetectSettings detect,
                              ServerChecks serverChecks, OAuthClients oauthClients, OAuthAccounts oauthAccounts) {
}
