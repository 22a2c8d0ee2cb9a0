package fr.missive.app.returns;

import fr.missive.mail.returns.ReturnsMailbox;
import fr.missive.mail.returns.ReturnsMailboxException;
import fr.missive.model.accounts.Account;

/** Opens the mailbox where an account's returns arrive (its INBOX over IMAP). */
@FunctionalInterface
public interface MailboxOpener {
    ReturnsMailbox open(Account account) throws ReturnsMailboxException;
}
