package fr.missive.model.accounts;

import fr.missive.model.EmailAddress;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.SmtpSettings;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An address Missive sends from. A personal account belongs to its owner; an institution
 * account is shared by the users it names and may send only once its address is verified.
 * Passwords are not part of it: they are secrets kept apart.
 *
 * @param ownerId        the user of a personal account, null for an institution account
 * @param source         where the SMTP settings come from
 * @param profileId      the profile used when {@code source} is PROFILE, else null
 * @param smtp           the account's own settings when {@code source} is OWN, else null
 * @param replyTo        where answers should go, or null for the account's address
 * @param maskRecipients every recipient goes in Bcc
 * @param verified       an institution account's address was confirmed with the code sent to it;
 *                       always true for a personal account
 * @param userIds        the users allowed to send from an institution account
 * @param imap           the account's mailbox, for the copy into its Sent folder; null when not set
 * @param senderName     the name recipients see beside the address (From); null for an account of an
 *                       earlier version, which sends under its {@code name}
 */
public record Account(Long id, AccountKind kind, String name, EmailAddress address, Long ownerId,
                      SettingsSource source, Long profileId, SmtpSettings smtp, EmailAddress replyTo,
                      boolean maskRecipients, boolean verified, Set<Long> userIds, ImapSettings imap,
                      String senderName) {

    /** An account with the sender name of earlier versions (its name). */
    public Account(Long id, AccountKind kind, String name, EmailAddress address, Long ownerId,
                   SettingsSource source, Long profileId, SmtpSettings smtp, EmailAddress replyTo,
                   boolean maskRecipients, boolean verified, Set<Long> userIds, ImapSettings imap) {
        this(id, kind, name, address, ownerId, source, profileId, smtp, replyTo, maskRecipients, verified, userIds,
                imap, null);
    }

    /** An account without IMAP settings. */
    public Account(Long id, AccountKind kind, String name, EmailAddress address, Long ownerId,
                   SettingsSource source, Long profileId, SmtpSettings smtp, EmailAddress replyTo,
                   boolean maskRecipients, boolean verified, Set<Long> userIds) {
        this(id, kind, name, address, ownerId, source, profileId, smtp, replyTo, maskRecipients, verified, userIds,
                null);
    }

    public Account {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
        name = name.strip();
        senderName = senderName == null || senderName.isBlank() ? null : senderName.strip();
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
        if (kind == AccountKind.PERSONAL) {
            Objects.requireNonNull(ownerId, "a personal account has an owner");
            verified = true;
        }
        if (source == SettingsSource.PROFILE) {
            Objects.requireNonNull(profileId, "profile");
        }
        if (source == SettingsSource.OWN) {
            Objects.requireNonNull(smtp, "own settings");
        }
    }

    public Account withId(long newId) {
        return new Account(newId, kind, name, address, ownerId, source, profileId, smtp, replyTo, maskRecipients,
                verified, userIds, imap, senderName);
    }

    public Account withVerified(boolean isVerified) {
        return new Account(id, kind, name, address, ownerId, source, profileId, smtp, replyTo, maskRecipients,
                isVerified, userIds, imap, senderName);
    }

    public Account withImap(ImapSettings newImap) {
        return new Account(id, kind, name, address, ownerId, source, profileId, smtp, replyTo, maskRecipients,
                verified, userIds, newImap, senderName);
    }

    /** The name shown beside the address in the mail it sends: its sender name, else its name. */
    public String displayName() {
        return senderName != null ? senderName : name;
    }

    /** True when this user may send from the account. */
    public boolean usableBy(long userId) {
        return kind == AccountKind.PERSONAL ? ownerId == userId : userIds.contains(userId);
    }

    public boolean isInstitution() {
        return kind == AccountKind.INSTITUTION;
    }

    /** The users, sorted, for lists. */
    public List<Long> sortedUserIds() {
        return userIds.stream().sorted().toList();
    }
}
