package fr.missive.app.returns;

import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReturnReport;
import java.util.List;

/**
 * What recording one report did.
 *
 * @param sentId          the logged message it is about, or null when Missive did not send it
 * @param subject         that message's subject, or null
 * @param newReturns      what was recorded now (empty when the report was recorded before)
 * @param unknownAddresses addresses the report names that the message was not sent to
 * @param markedContacts  the contacts whose address was marked as bounced
 */
public record RecordedReport(ReturnReport report, Long sentId, String subject, List<RecipientReturn> newReturns,
                             List<String> unknownAddresses, List<Long> markedContacts) {

    public RecordedReport {
        newReturns = List.copyOf(newReturns);
        unknownAddresses = List.copyOf(unknownAddresses);
        markedContacts = List.copyOf(markedContacts);
    }

    /** The report is about a message of the sent log: it may be filed away. */
    public boolean ours() {
        return sentId != null;
    }
}
