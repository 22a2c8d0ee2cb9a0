package fr.missive.cli;

import fr.missive.app.returns.AccountScan;
import fr.missive.app.returns.BouncedLetters;
import fr.missive.app.returns.RecordedReport;
import fr.missive.app.returns.ReturnLines;
import fr.missive.i18n.Messages;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.RecipientReturns;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive sent check-returns} and {@code sent print-bounced}: what came back, and paper for it. */
final class ReturnsCommands {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private ReturnsCommands() {
    }

    /** A warning line on standard error for each address that bounced before (the sending goes on). */
    static void warnBounced(CliContext context, List<String> addresses) {
        Messages messages = context.messages();
        ReturnLines lines = new ReturnLines(TIME, messages::get);
        for (fr.missive.model.returns.BounceMark mark : context.returns().service().marksOn(addresses)) {
            context.err().println("missive: " + messages.get("cli.returns.warnBounced", messages.get(lines.mark(mark))));
        }
        context.err().flush();
    }

    /** The "Return" rows of {@code sent show}: one per recipient something came back for. */
    static void addReturns(TablePrinter table, CliContext context, long sentId) {
        Messages messages = context.messages();
        ReturnLines lines = new ReturnLines(TIME, messages::get);
        for (RecipientReturns r : context.returns().service().byRecipient(sentId).values()) {
            table.add(List.of("Return", messages.get(lines.line(r))));
            r.readReceipt().filter(receipt -> receipt != r.current().orElse(null))
                    .ifPresent(receipt -> table.add(List.of("Return", messages.get(lines.line(receipt)))));
        }
    }

    /** The "Read receipt" row of {@code sent show}, and the "Mailing" row when it was sent with others. */
    static void addReceiptAndMailing(TablePrinter table, CliContext context, long sentId) {
        Messages messages = context.messages();
        ReturnLines lines = new ReturnLines(TIME, messages::get);
        var service = context.returns().service();
        boolean asked = service.askedReadReceipt(List.of(sentId)).contains(sentId);
        table.add(List.of("Read receipt", messages.get(ReturnLines.receiptAsked(asked))));
        var mailing = service.mailingReturns(List.of(sentId)).get(sentId);
        if (mailing != null) {
            table.add(List.of("Mailing", messages.get(lines.mailing(mailing))));
        }
    }

    @Command(name = "check-returns", mixinStandardHelpOptions = true,
            description = {"Read the delivery reports and read receipts that came back to the accounts'",
                    "mailboxes (INBOX over IMAP) and record them in the sent log. Reports about",
                    "messages Missive did not send, and other mail, are left where they are."})
    static final class CheckReturns implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--account", paramLabel = "NAME", description = "Only this account's mailbox.")
        private String account;

        CheckReturns(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            Messages messages = context.messages();
            List<AccountScan> scans = context.returns().service().checkNow(actor, account);
            if (scans.isEmpty()) {
                context.out().println(messages.get("cli.returns.noMailbox"));
                return Cli.OK;
            }
            boolean failed = false;
            for (AccountScan scan : scans) {
                if (scan.problem() != null) {
                    failed = true;
                    context.err().println("missive: " + scan.accountName() + ": " + messages.get(scan.problem()));
                    continue;
                }
                if (scan.heldElsewhere()) {
                    context.out().println(messages.get("cli.returns.heldElsewhere", scan.accountName()));
                    continue;
                }
                context.out().println(messages.get("cli.returns.summary", scan.accountName(), scan.read(),
                        scan.recorded().size(), scan.notOurs(), scan.unreadable()));
                for (RecordedReport report : scan.recorded()) {
                    for (RecipientReturn r : report.newReturns()) {
                        context.out().println("  " + messages.get("cli.returns.found", report.sentId(), r.address(),
                                messages.get(r.kind().messageKey()),
                                r.reason() == null ? "" : messages.get("returns.reason." + r.reason().name()),
                                r.diagnostic() == null ? "" : r.diagnostic()));
                    }
                }
            }
            context.out().flush();
            context.err().flush();
            return failed ? Cli.FAILED : Cli.OK;
        }
    }

    @Command(name = "print-bounced", mixinStandardHelpOptions = true,
            description = {"Write, to a folder, the letters of every recipient whose e-mail bounced, as they",
                    "were sent, ready to print and post: the PDF a message carried, or, for a letter sent",
                    "in the body of the e-mail, the letter rendered again from the template, the values and",
                    "the date of that sending (a template or contact changed since does not change it; the",
                    "letterhead is today's). A letter sent in the body by an earlier Missive, which did",
                    "not keep these, cannot be and is named on the error output. Without ID, every",
                    "bounced message you may see (since --since)."})
    static final class PrintBounced implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", arity = "0..*", description = "Messages of the log (see 'sent list').")
        private List<Long> ids = new ArrayList<>();

        @Option(names = "--folder", paramLabel = "DIR", required = true, description = "Where to write the PDFs.")
        private Path folder;

        @Option(names = "--since", paramLabel = "DATE", description = "Without ID: from this day (yyyy-mm-dd).")
        private LocalDate since;

        PrintBounced(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            Messages messages = context.messages();
            List<SentEntry> entries;
            if (ids.isEmpty()) {
                entries = context.sentLog().list(actor, new SentFilter(Set.of(),
                        since == null ? null : since.atStartOfDay(ZONE).toInstant(), null, null, null));
            } else {
                entries = new ArrayList<>();
                for (long id : ids) {
                    entries.add(context.sentLog().require(actor, id));
                }
            }
            BouncedLetters.Written written = context.returns().bouncedLetters().write(actor, entries, folder);
            for (Path file : written.files()) {
                context.out().println(file);
            }
            for (long id : written.withoutLetter()) {
                context.err().println("missive: " + messages.get("cli.returns.noLetter", id));
            }
            context.out().println(messages.get("cli.returns.printed", written.files().size(), folder.toString()));
            context.out().flush();
            context.err().flush();
            return Cli.OK;
        }
    }
}
