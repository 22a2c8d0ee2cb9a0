package fr.missive.app.sentlog;

import fr.missive.model.sentlog.SentContent;
import fr.missive.model.sentlog.SentEntry;

/** One logged message with what it said, for the detail pane and {@code sent show}. */
public record SentDetails(SentEntry entry, String accountName, SentContent content) {
}
