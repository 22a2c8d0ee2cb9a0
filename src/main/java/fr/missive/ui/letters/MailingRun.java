package fr.missive.ui.letters;

import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.letters.mailing.MailingPlan;
import fr.missive.app.letters.mailing.MailingSummary;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.Printers;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.swing.SwingUtilities;

/**
 * A sending once its dialog has closed: the e-mails queued in the outbox, the letters to print
 * bound into one document and printed in one job (or written to the folder), in the
 * background, with the progress in the status bar.
 */
final class MailingRun {

    private record Outcome(MailingSummary summary, int printedPages) {
    }

    private final UiContext context;
    private final LetterUseCases letterUseCases;
    private final Window owner;
    private final MailingPlan plan;
    private final String accountName;
    private final String designation;
    private final Printers.Target printer;
    private BackgroundTasks.Job job;

    /** @param printer where the letters on paper are printed; null when they go to a folder or nowhere */
    MailingRun(UiContext context, LetterUseCases letterUseCases, Window owner, MailingPlan plan,
            String accountName, String designation,
               Printers.Target printer) {
        this.context = context;
        this.letterUseCases = letterUseCases;
        this.owner = owner;
        this.plan = plan;
        this.accountName = accountName;
        this.designation = designation;
        this.printer = printer;
    }

    void start() {
        User user = context.user();
        context.showStatus(context.text("ui.mailing.status.started", designation), this::stop);
        // Beside the windows' queue: the Outbox window and the lists stay usable while it runs.
        job = context.background().submitLong(cancelled -> {
            Path combined = printer == null ? null : Files.createTempFile("missive-print-", ".pdf");
            try {
                MailingPlan toRun = combined == null ? plan : withCombinedFile(plan, combined);
                MailingSummary summary = letterUseCases.mailing().send(user, accountName, toRun,
                        (done, total) -> SwingUtilities.invokeLater(() -> context.showStatus(
                                context.text("ui.mailing.status.progress", designation, done, total), this::stop)),
                        cancelled);
                int pages = 0;
                if (combined != null && summary.printed() > 0 && !summary.cancelled()) {
                    SwingUtilities.invokeLater(() -> context.showStatus(context.text("ui.mailing.status.printing",
                            designation, summary.printed()), null));
                    pages = LetterPrinting.print(printer, combined,
                            context.text("ui.mailing.printJob", designation, summary.printed()));
                }
                return new Outcome(summary, pages);
            } finally {
                if (combined != null) {
                    Files.deleteIfExists(combined);
                }
            }
        }, this::finished, failure -> {
            context.showStatus(context.text("ui.mailing.status.failed", designation));
            context.errors().report(owner, failure);
        });
    }

    /** The user stopped it from the status bar: what is queued or written stays, nothing more is done. */
    private void stop() {
        if (job != null) {
            job.cancel();
        }
    }

    private static MailingPlan withCombinedFile(MailingPlan plan, Path file) {
        return plan.withOptions(plan.options().withCombinedFile(file));
    }

    private void finished(Outcome outcome) {
        MailingSummary summary = outcome.summary();
        boolean printed = printer != null;
        context.showStatus(summary.cancelled() ? context.text("ui.mailing.status.stopped", designation,
                summary.queued(), summary.files().size())
                : context.text("ui.mailing.status.done", designation, summary.queued(),
                printed ? summary.printed() : 0, printed ? 0 : summary.files().size()));
        if (!summary.failures().isEmpty()) {
            String names = summary.failures().stream().map(f -> f.contact().displayName() + " ("
                    + context.messages().get(f.reason()) + ")").collect(Collectors.joining("\n"));
            Alerts.info(owner, context.messages(), context.text("ui.mailing.failures", summary.failures().size(),
                    names));
        }
    }
}
