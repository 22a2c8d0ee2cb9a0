package fr.missive.app.letters.mailing;

import fr.missive.app.letters.BatchReport;
import java.nio.file.Path;
import java.util.List;

/**
 * How a sending went.
 *
 * @param queued    e-mails committed to the outbox (delivered later by the worker)
 * @param toPrint   recipients whose letter goes on paper, with the reason for each
 * @param printed   letters to print written as PDF (0 when no folder was given)
 * @param files     the PDF files written
 * @param skipped   recipients who got nothing, with the reason for each
 * @param failures  letters that could not be rendered
 * @param cancelled the user stopped it; what was queued or written before stays
 */
public record MailingSummary(int queued, List<PlannedRecipient> toPrint, int printed, List<Path> files,
                             List<PlannedRecipient> skipped, List<BatchReport.Failure> failures, boolean cancelled) {

    public MailingSummary {
        toPrint = List.copyOf(toPrint);
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        failures = List.copyOf(failures);
    }
}
