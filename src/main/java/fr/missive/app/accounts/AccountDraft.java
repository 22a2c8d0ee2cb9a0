package fr.missive.app.accounts;

import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import java.util.List;

/**
 * An account as the wizard or a command gives it.
 *
 * @param source      null for "use the workstation's settings"
 * @param profileName the profile to recover when {@code source} is PROFILE
 * @param smtp        own settings when {@code source} is OWN
 * @param userNames   the users authorised on an institution account
 * @param ownerName   the owner of a personal account; null for the user creating it
 * @param imap        the account's mailbox for the Sent-folder copy: null keeps what is stored (none for a
 *                    new account), a draft with a blank host removes it
 * @param senderName  the name recipients see beside the address: null keeps the stored one, or for a new
 *                    account takes the institution's sender name (institution account) or the owner's name
 */
public record AccountDraft(AccountKind kind, String name, String address, SettingsSource source, String profileName,
                           SmtpDraft smtp, String replyTo, boolean maskRecipients, List<String> userNames,
                           String ownerName, ImapDraft imap, String senderName) {

    /** A draft that leaves the sender name as it is (a new account: its default). */
    public AccountDraft(AccountKind kind, String name, String address, SettingsSource source, String profileName,
                        SmtpDraft smtp, String replyTo, boolean maskRecipients, List<String> userNames,
                        String ownerName, ImapDraft imap) {
        this(kind, name, address, source, profileName, smtp, replyTo, maskRecipients, userNames, ownerName, imap,
                null);
    }

    /** A draft that leaves the IMAP settings as they are. */
    public AccountDraft(AccountKind kind, String name, String address, SettingsSource source, String profileName,
                        SmtpDraft smtp, String replyTo, boolean maskRecipients, List<String> userNames,
                        String ownerName) {
        this(kind, name, address, source, profileName, smtp, replyTo, maskRecipients, userNames, ownerName, null);
    }
}
