package fr.missive.cli;

import fr.missive.app.returns.ReturnsService;
import fr.missive.app.sentlog.RecipientReport;
import fr.missive.app.sentlog.SentDetails;
import fr.missive.app.sentlog.SentLogCsv;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.i18n.Messages;
import fr.missive.model.UserMessage;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.returns.MailingReturns;
import fr.missive.model.sentlog.RecipientResult;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import fr.missive.model.users.User;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive sent list|show|resend|forward|purge|retention}: the log of the mail that left. */
@Command(name = "sent", mixinStandardHelpOptions = true, description = "See, resend and purge the sent mail.",
        subcommands = {SentCommand.ListSent.class, SentCommand.Show.class, SentCommand.Resend.class,
                SentCommand.Forward.class, SentCommand.Purge.class, SentCommand.RetentionDays.class,
                ReturnsCommands.CheckReturns.class, ReturnsCommands.PrintBounced.class})
final class SentCommand {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the sent mail you may see, newest first (your personal account and the",
                    "institution accounts you are authorised on; administrators: every account)."})
    static final class ListSent implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--account", paramLabel = "NAME", description = "Only this account.")
        private String account;

        @Option(names = "--since", paramLabel = "DATE", description = "From this day (yyyy-mm-dd), included.")
        private LocalDate since;

        @Option(names = "--until", paramLabel = "DATE", description = "Up to this day (yyyy-mm-dd), included.")
        private LocalDate until;

        @Option(names = "--search", paramLabel = "TEXT",
                description = "Words to find in the recipients, the subject or the text.")
        private String search;

        @Option(names = "--status", paramLabel = "STATE", split = ",",
                description = "sent, failed and/or cancelled (default: all three).")
        private Set<OutboxState> states;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        private OutputFormat format = OutputFormat.table;

        @Option(names = "--not-received",
                description = "Only the messages one of whose recipients bounced or is still delayed.")
        private boolean notReceived;

        ListSent(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (states != null && !SentFilter.LOGGED.containsAll(states)) {
                throw new CliUsageException(UserMessage.of("cli.sent.badStatus"));
            }
            User actor = context.actor();
            SentLogService log = context.sentLog();
            Instant from = since == null ? null : since.atStartOfDay(ZONE).toInstant();
            Instant to = until == null ? null : until.plusDays(1).atStartOfDay(ZONE).toInstant();
            SentFilter filter = new SentFilter(Set.of(), from, to, states == null ? null : EnumSet.copyOf(states),
                    search);
            if (account != null) {
                filter = log.forAccount(actor, account, filter);
            }
            List<SentEntry> entries = log.list(actor, filter);
            if (notReceived) {
                entries = context.returns().service().notReceived(entries);
            }
            Map<Long, String> names = log.accountNames(actor);
            Messages messages = context.messages();
            List<Long> ids = entries.stream().map(SentEntry::id).toList();
            ReturnsService returns = context.returns().service();
            Map<Long, MailingReturns> mailings = format == OutputFormat.csv ? Map.of() : returns.mailingReturns(ids);
            Set<Long> asked = format == OutputFormat.json ? returns.askedReadReceipt(ids) : Set.of();
            switch (format) {
                case csv -> new SentLogCsv(ZONE).write(entries, names, messages::get, context.out());
                case json -> Json.print(context.out(), entries.stream().map(e -> {
                    Map<String, Object> m = toJson(e, names, messages);
                    m.put("readReceiptAsked", asked.contains(e.id()));
                    m.put("mailing", mailingJson(mailings.get(e.id())));
                    return m;
                }).toList());
                default -> {
                    TablePrinter table = new TablePrinter(List.of("ID", "DATE", "ACCOUNT", "TO", "SUBJECT", "STATUS",
                            "SENT FOLDER", "CAME BACK"));
                    for (SentEntry e : entries) {
                        MailingReturns mailing = mailings.get(e.id());
                        table.add(List.of(String.valueOf(e.id()), TIME.format(e.date()),
                                names.getOrDefault(e.accountId(), "?"), String.join(", ", e.recipients()), e.subject(),
                                messages.get(e.statusKey()), messages.get(e.imapCopy().messageKey()),
                                mailing == null ? "" : mailing.cameBack() + "/" + mailing.letters()));
                    }
                    table.print(context.out());
                }
            }
            context.out().flush();
            return Cli.OK;
        }
    }

    /** A mailing's letters and how many came back, for JSON; null for a message sent alone. */
    static Map<String, Object> mailingJson(MailingReturns mailing) {
        if (mailing == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("letters", mailing.letters());
        m.put("cameBack", mailing.cameBack());
        m.put("bounced", mailing.bounced());
        m.put("delayed", mailing.delayed());
        return m;
    }

    static Map<String, Object> toJson(SentEntry e, Map<Long, String> names, Messages messages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("account", names.get(e.accountId()));
        m.put("date", e.date().toString());
        m.put("from", e.from());
        m.put("recipients", e.recipients());
        m.put("subject", e.subject());
        m.put("status", e.statusName());
        m.put("error", e.lastError() == null ? null : messages.get(e.lastError()));
        m.put("serverReply", e.serverReply());
        m.put("refused", e.refused());
        m.put("recipientResults", e.results().stream().map(SentCommand::toJson).toList());
        m.put("messageId", e.messageId());
        m.put("resendOf", e.resendOf());
        m.put("forwardOf", e.forwardOf());
        m.put("template", e.origin().template());
        m.put("contacts", e.origin().contacts().stream().map(c -> {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("id", c.id());
            contact.put("name", c.name());
            return contact;
        }).toList());
        m.put("aboutPupil", e.origin().about() == null ? null
                : Map.of("id", e.origin().about().id(), "name", e.origin().about().name()));
        m.put("sentFolderCopy", MailJson.lower(e.imapCopy()));
        m.put("sentFolderError", e.imapError() == null ? null : messages.get(e.imapError()));
        return m;
    }

    private static Map<String, Object> toJson(RecipientResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", r.address());
        m.put("kind", r.kind() == null ? null : MailJson.lower(r.kind()));
        m.put("status", MailJson.lower(r.status()));
        m.put("attempt", r.attempt());
        m.put("smtpCode", r.smtpCode());
        m.put("smtpReply", r.smtpText());
        m.put("at", r.at() == null ? null : r.at().toString());
        m.put("deferredAt", r.deferredAt() == null ? null : r.deferredAt().toString());
        return m;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one sent message: recipients, subject, text, attachments, the server's reply.")
    static final class Show implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The message's id (see 'sent list').")
        private long id;

        @Option(names = "--raw", description = "Print the message exactly as it was sent (MIME).")
        private boolean raw;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            SentLogService log = context.sentLog();
            if (raw) {
                context.out().print(new String(log.raw(actor, id), StandardCharsets.UTF_8));
                context.out().flush();
                return Cli.OK;
            }
            SentDetails d = log.details(actor, id);
            SentEntry e = d.entry();
            Messages messages = context.messages();
            TablePrinter table = new TablePrinter(List.of("FIELD", "VALUE"));
            table.add(List.of("Date", TIME.format(e.date())));
            table.add(List.of("Account", d.accountName()));
            table.add(List.of("From", e.from()));
            table.add(List.of("To", String.join(", ", d.content().to())));
            table.add(List.of("Cc", String.join(", ", d.content().cc())));
            table.add(List.of("Envelope", String.join(", ", e.recipients())));
            table.add(List.of("Subject", e.subject()));
            table.add(List.of("Letter", e.origin().template() == null ? "" : e.origin().template()));
            table.add(List.of("Contacts", e.origin().contacts().stream().map(c -> c.name() + " (" + c.id() + ")")
                    .collect(Collectors.joining(", "))));
            if (e.origin().about() != null) {
                table.add(List.of("About pupil", e.origin().about().name() + " (" + e.origin().about().id() + ")"));
            }
            table.add(List.of("Attachments", String.join(", ", d.content().attachments())));
            table.add(List.of("Status", messages.get(e.statusKey())
                    + (e.lastError() == null ? "" : " — " + messages.get(e.lastError()))));
            RecipientReport report = new RecipientReport(TIME, messages::get);
            for (RecipientResult r : e.results()) {
                table.add(List.of("Recipient", messages.get(report.line(r))));
            }
            ReturnsCommands.addReturns(table, context, e.id());
            ReturnsCommands.addReceiptAndMailing(table, context, e.id());
            table.add(List.of("Server reply", e.serverReply() == null ? "" : e.serverReply()));
            table.add(List.of("Message-ID", e.messageId()));
            table.add(List.of("Sent folder", messages.get(e.imapCopy().messageKey())
                    + (e.imapError() == null ? "" : " — " + messages.get(e.imapError()))));
            if (e.resendOf() != null) {
                table.add(List.of("Resend of", String.valueOf(e.resendOf())));
            }
            if (e.forwardOf() != null) {
                table.add(List.of("Forward of", String.valueOf(e.forwardOf())));
            }
            table.print(context.out());
            context.out().println();
            context.out().println(d.content().text());
            return Cli.OK;
        }
    }

    @Command(name = "resend", mixinStandardHelpOptions = true,
            description = "Queue a sent message again (new Message-ID), to the same recipients or to --to.")
    static final class Resend implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The message's id (see 'sent list').")
        private long id;

        @Option(names = "--to", paramLabel = "ADDR", description = "A corrected address to send it to instead.")
        private String to;

        Resend(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            long queued = context.sentLog().resend(context.actor(), id, to);
            context.out().println(context.messages().get("cli.sent.resent", String.valueOf(id),
                    String.valueOf(queued)));
            return Cli.OK;
        }
    }

    @Command(name = "forward", mixinStandardHelpOptions = true,
            description = {"Forward a sent message from the same account: a new message with your note, a",
                    "\"Forwarded message\" block and the original text, the original files attached."})
    static final class Forward implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The message's id (see 'sent list').")
        private long id;

        @Option(names = "--to", paramLabel = "ADDR", required = true,
                description = "The address(es) to forward it to, separated by commas.")
        private String to;

        @Option(names = "--note", paramLabel = "TEXT", description = "A few words put above the forwarded message.")
        private String note;

        Forward(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            long queued = context.sentLog().forward(context.actor(), id, to, note,
                    context.messages().locale());
            context.out().println(context.messages().get("cli.sent.forwarded", String.valueOf(id), to,
                    String.valueOf(queued)));
            return Cli.OK;
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = {"Delete the sent mail older than the retention period (see 'sent retention').",
                    "--address: delete every message sent to this address; --contact: every message",
                    "about this contact (a deleted contact's data; administrators only)."})
    static final class Purge implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--address", paramLabel = "ADDR", description = "Delete what was sent to this address.")
        private String address;

        @Option(names = "--contact", paramLabel = "ID",
                description = "Delete what concerned this contact (its id in 'contacts list', kept after deletion).")
        private Long contact;

        Purge(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            SentLogService log = context.sentLog();
            if (contact != null) {
                context.out().println(context.messages().get("cli.sent.purgedContact",
                        log.purgeContact(actor, contact, address), String.valueOf(contact)));
            } else if (address != null) {
                context.out().println(context.messages().get("cli.sent.purgedAddress",
                        log.purgeRecipient(actor, address), address));
            } else {
                context.out().println(context.messages().get("cli.sent.purged", log.purgeExpired(),
                        log.retentionDays()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "retention", mixinStandardHelpOptions = true,
            description = "Show, or set (administrators), how many days sent mail is kept (default 365).")
    static final class RetentionDays implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "DAYS", arity = "0..1", description = "The new number of days.")
        private Integer days;

        RetentionDays(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            SentLogService log = context.sentLog();
            if (days != null) {
                log.setRetentionDays(actor, days);
            }
            context.out().println(context.messages().get("cli.sent.retentionSet", log.retentionDays()));
            return Cli.OK;
        }
    }
}
