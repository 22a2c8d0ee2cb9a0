package fr.missive.app.returns;

import fr.missive.mail.returns.InboxWatch;
import fr.missive.mail.returns.ReturnsMailboxException;
import fr.missive.model.accounts.Account;

/** Opens a connection that waits for new mail in an account's INBOX (IMAP IDLE where offered). */
@FunctionalInterface
public interface InboxWatchOpener {
    InboxWatch watch(Account account) throws ReturnsMailboxException;
}
