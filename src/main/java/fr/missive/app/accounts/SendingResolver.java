package fr.missive.app.accounts;

import fr.missive.app.oauth.AccessTokenOutcome;
import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.app.oauth.SignInRequiredException;
import fr.missive.model.EmailAddress;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.DispatchingProfile;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.accounts.WorkstationSettings;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Password;
import fr.missive.model.mail.Sender;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.store.accounts.ProfileStore;
import fr.missive.store.accounts.WorkstationStore;
import fr.missive.store.secrets.SecretStore;

/**
 * Works out, for an account, the server, the password and the sender. The authorised-domains
 * rule: when an account goes through a shared server (the workstation's or a profile's) and its
 * address is not in the workstation's authorised domains, the mail goes out From the
 * workstation's sender name and address with Reply-To the account, so the receiving servers do
 * not take it for spoofing. An account with its own server sends as itself.
 */
public final class SendingResolver {

    private final WorkstationStore workstation;
    private final ProfileStore profiles;
    private final SecretStore secrets;
    private final OAuthAccounts oauth;

    public SendingResolver(WorkstationStore workstation, ProfileStore profiles, SecretStore secrets) {
        this(workstation, profiles, secrets, null);
    }

    /** With the OAuth2 sign-ins, for settings that sign in with XOAUTH2 (null: none on this PC). */
    public SendingResolver(WorkstationStore workstation, ProfileStore profiles, SecretStore secrets,
                           OAuthAccounts oauth) {
        this.workstation = workstation;
        this.profiles = profiles;
        this.secrets = secrets;
        this.oauth = oauth;
    }

    /** The effective SMTP settings and sender of an account. */
    public SmtpSettings settings(Account account) {
        return resolve(account).smtp();
    }

    public Sender sender(Account account) {
        return resolve(account).sender();
    }

    ResolvedSending resolve(Account account) {
        WorkstationSettings ws = workstation.load();
        SmtpSettings smtp;
        String secret;
        switch (account.source()) {
            case OWN -> {
                smtp = account.smtp();
                // An account not saved yet has no stored password: the caller has the typed one.
                secret = account.id() == null ? null : SecretNames.account(account.id());
            }
            case PROFILE -> {
                DispatchingProfile profile = profile(account.profileId());
                smtp = profile.smtp();
                secret = SecretNames.profile(profile.id());
            }
            default -> {
                if (ws.profileId() != null) {
                    smtp = profile(ws.profileId()).smtp();
                    secret = SecretNames.profile(ws.profileId());
                } else {
                    smtp = ws.smtp();
                    secret = SecretNames.WORKSTATION;
                }
                if (smtp == null) {
                    throw new MissiveException(UserMessage.of("accounts.workstationNotSet"));
                }
            }
        }
        return new ResolvedSending(smtp, secret, sender(account, ws));
    }

    /**
     * The stored password of the account's effective server, or null when it does not sign in;
     * the caller clears it once used. For the outbox, which connects long after the account was chosen.
     */
    public Password password(Account account) {
        return password(resolve(account));
    }

    /**
     * The stored password for these settings, the current OAuth2 access token (refreshed when
     * about to expire) for XOAUTH2, or null when they do not sign in.
     *
     * @throws SignInRequiredException when an OAuth2 account must be signed in again
     */
    Password password(ResolvedSending sending) {
        if (sending.smtp().auth() == AuthMethod.NONE) {
            return null;
        }
        if (sending.smtp().auth() == AuthMethod.OAUTH2) {
            return accessToken(sending.smtp().user());
        }
        return java.util.Optional.ofNullable(sending.secretName()).flatMap(secrets::get)
                .orElseThrow(() -> new MissiveException(UserMessage.of("accounts.passwordMissing")));
    }

    /**
     * The server refused the account's OAuth2 access token before it expired (revoked, or the
     * clocks disagree): the next connection must use a fresh one. When the provider refuses to
     * refresh it, the next {@link #password(Account)} says to sign in again.
     */
    public void tokenRefused(Account account) {
        ResolvedSending sending = resolve(account);
        if (sending.smtp().auth() != AuthMethod.OAUTH2 || oauth == null) {
            return;
        }
        try {
            oauth.accessToken(sending.smtp().user(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Password accessToken(String address) {
        if (oauth == null) {
            throw new SignInRequiredException(address);
        }
        try {
            AccessTokenOutcome outcome = oauth.accessToken(address, false);
            if (outcome instanceof AccessTokenOutcome.Ready ready) {
                return ready.accessToken();
            }
            if (outcome instanceof AccessTokenOutcome.Unavailable unavailable) {
                throw new MissiveException(UserMessage.of("oauth.unreachable", unavailable.reason()));
            }
            throw new SignInRequiredException(address);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MissiveException(UserMessage.of("oauth.timedOut"));
        }
    }

    private static Sender sender(Account account, WorkstationSettings ws) {
        EmailAddress replyTo = account.replyTo();
        if (account.source() != SettingsSource.OWN && !ws.authorises(account.address()) && ws.senderAddress() != null) {
            String name = ws.senderName().isEmpty() ? null : ws.senderName();
            return new Sender(ws.senderAddress(), name, replyTo == null ? account.address() : replyTo);
        }
        // The account's own sender name: the one families see, set in the account wizard.
        return new Sender(account.address(), account.displayName(), replyTo);
    }

    private DispatchingProfile profile(long id) {
        return profiles.find(id)
                .orElseThrow(() -> new MissiveException(UserMessage.of("accounts.profileNotFound", String.valueOf(id))));
    }
}
