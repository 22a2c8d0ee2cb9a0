package fr.missive.app.returns;

import fr.missive.model.UserMessage;
import java.util.List;

/**
 * What one reading of an account's mailbox found.
 *
 * @param accountName the account read
 * @param read        how many new messages were looked at
 * @param recorded    the reports about messages of the sent log (recorded now or before)
 * @param notOurs     reports about messages Missive did not send, left where they are
 * @param unreadable  messages that looked like reports but could not be read, left where they are
 * @param problem     why the mailbox could not be read, or null
 * @param heldElsewhere another workstation is reading this mailbox: nothing was read
 */
public record AccountScan(String accountName, int read, List<RecordedReport> recorded, int notOurs, int unreadable,
                          UserMessage problem, boolean heldElsewhere) {

    public AccountScan {
        recorded = List.copyOf(recorded);
    }

    static AccountScan failed(String accountName, UserMessage problem) {
        return new AccountScan(accountName, 0, List.of(), 0, 0, problem, false);
    }

    static AccountScan held(String accountName) {
        return new AccountScan(accountName, 0, List.of(), 0, 0, null, true);
    }
}
