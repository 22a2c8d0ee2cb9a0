package fr.missive.app.returns;

import fr.missive.app.accounts.AccountService;
import fr.missive.mail.returns.ImapReturnsMailboxes;
import fr.missive.mail.returns.InboxWatch;
import fr.missive.mail.returns.ReturnsMailbox;
import fr.missive.mail.returns.ReturnsMailboxException;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.Password;
import fr.missive.store.accounts.AccountStore;

/**
 * The account's INBOX, signed in to as the Sent copy does: the account's IMAP user (else its SMTP
 * user, else its address) with the mailbox password or, for an OAuth2 account, the access token;
 * and the same INBOX watched for new mail on a connection of its own.
 */
public final class ImapMailboxOpener implements MailboxOpener, InboxWatchOpener {

    private final AccountService accounts;
    private final AccountStore accountStore;
    private final ImapReturnsMailboxes mailboxes;

    public ImapMailboxOpener(AccountService accounts, AccountStore accountStore, ImapReturnsMailboxes mailboxes) {
        this.accounts = accounts;
        this.accountStore = accountStore;
        this.mailboxes = mailboxes;
    }

    @Override
    public ReturnsMailbox open(Account account) throws ReturnsMailboxException {
        Password password = accounts.mailboxSecret(account).orElse(null);
        try {
            return mailboxes.open(account.imap(), user(account), password, accounts.signsInWithOAuth2(account),
                    accountStore.pinnedCertificates(account.imap().host()));
        } finally {
            if (password != null) {
                password.clear();
            }
        }
    }

    @Override
    public InboxWatch watch(Account account) throws ReturnsMailboxException {
        Password password = accounts.mailboxSecret(account).orElse(null);
        try {
            return mailboxes.watch(account.imap(), user(account), password, accounts.signsInWithOAuth2(account),
                    accountStore.pinnedCertificates(account.imap().host()));
        } finally {
            if (password != null) {
                password.clear();
            }
        }
    }

    private static String user(Account account) {
        if (account.imap().user() != null) {
            return account.imap().user();
        }
        if (account.smtp() != null && account.smtp().user() != null) {
            return account.smtp().user();
        }
        return account.address().toAscii();
    }
}
