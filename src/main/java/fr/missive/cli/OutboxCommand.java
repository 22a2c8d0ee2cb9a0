package fr.missive.cli;

import fr.missive.app.letters.mailing.InterruptedMailings;
import fr.missive.app.letters.mailing.MailingSummary;
import fr.missive.app.outbox.AccountPace;
import fr.missive.app.outbox.DeliveryWorker;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.PaceText;
import fr.missive.i18n.Messages;
import fr.missive.model.UserMessage;
import fr.missive.model.outbox.OutboxEntry;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.users.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive outbox list|status|run|retry|cancel|interrupted}: the messages waiting to be sent, and their delivery. */
@Command(name = "outbox", mixinStandardHelpOptions = true, description = "See and deliver the outbox.",
        subcommands = {OutboxCommand.ListMessages.class, OutboxCommand.Status.class, OutboxCommand.Run.class,
                OutboxCommand.Retry.class, OutboxCommand.Cancel.class,
                OutboxCommand.Interrupted.class})
final class OutboxCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    private static String error(Messages messages, OutboxEntry e) {
        return e.error().map(messages::get).orElse("");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the messages, newest first, with their state, attempts and last error.")
    static final class ListMessages implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        private TableOrJsonOption formatOption = new TableOrJsonOption();

        ListMessages(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OutputFormat format = formatOption.format();
            User actor = context.actor();
            OutboxService outbox = context.outbox().outbox();
            List<OutboxEntry> entries = outbox.list(actor);
            Map<Long, String> names = outbox.accountNames(actor);
            Messages messages = context.messages();
            if (format == OutputFormat.json) {
                Json.print(context.out(), entries.stream().map(e -> toJson(e, names, messages)).toList());
                return Cli.OK;
            }
            TablePrinter table = new TablePrinter(List.of("ID", "STATE", "ACCOUNT", "TO", "SUBJECT", "ATTEMPTS",
                    "WHEN", "LAST ERROR"));
            for (OutboxEntry e : entries) {
                Instant when = e.state() == OutboxState.SENT ? e.sentAt()
                        : e.state() == OutboxState.DEFERRED ? e.nextAttemptAt() : e.queuedAt();
                table.add(List.of(String.valueOf(e.id()), messages.get(e.state().messageKey()),
                        names.getOrDefault(e.accountId(), "?"), String.join(", ", e.recipients()), e.subject(),
                        String.valueOf(e.attempts()), time(when), error(messages, e)));
            }
            table.print(context.out());
            return Cli.OK;
        }

        private static Map<String, Object> toJson(OutboxEntry e, Map<Long, String> names, Messages messages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("account", names.get(e.accountId()));
            m.put("messageId", e.messageId());
            m.put("subject", e.subject());
            m.put("recipients", e.recipients());
            m.put("state", MailJson.lower(e.state()));
            m.put("attempts", e.attempts());
            m.put("queuedAt", String.valueOf(e.queuedAt()));
            m.put("nextAttemptAt", e.nextAttemptAt() == null ? null : e.nextAttemptAt().toString());
            m.put("sentAt", e.sentAt() == null ? null : e.sentAt().toString());
            m.put("error", e.error().map(messages::get).orElse(null));
            m.put("serverReply", e.serverReply());
            m.put("refused", e.refused());
            return m;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = {"How many messages are in each state, and for each account with messages waiting:",
                    "its provider's limits and when the last one should leave at that pace."})
    static final class Status implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        private TableOrJsonOption formatOption = new TableOrJsonOption();

        Status(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OutputFormat format = formatOption.format();
            User actor = context.actor();
            OutboxService outbox = context.outbox().outbox();
            Map<OutboxState, Integer> counts = outbox.counts();
            List<AccountPace> paces = outbox.pace().waiting(actor);
            Map<String, Object> json = new LinkedHashMap<>();
            counts.forEach((state, n) -> json.put(MailJson.lower(state), n));
            json.put("waiting", outbox.waiting());
            json.put("accounts", paces.stream().map(Status::toJson).toList());
            json.put("interruptedMailings", context.letters().interrupted().list(actor).size());
            if (format == OutputFormat.json) {
                Json.print(context.out(), json);
                return Cli.OK;
            }
            TablePrinter table = new TablePrinter(List.of("STATE", "MESSAGES"));
            counts.forEach((state, n) -> table.add(List.of(context.messages().get(state.messageKey()),
                    String.valueOf(n))));
            table.print(context.out());
            int interrupted = context.letters().interrupted().list(actor).size();
            if (interrupted > 0) {
                context.out().println();
                context.out().println(context.messages().get("cli.outbox.interruptedHint", interrupted));
            }
            if (!paces.isEmpty()) {
                context.out().println();
                TablePrinter byAccount = new TablePrinter(List.of("ACCOUNT", "WAITING", "LIMITS", "FINISHES"));
                Clock clock = outbox.pace().clock();
                Messages messages = context.messages();
                for (AccountPace pace : paces) {
                    byAccount.add(List.of(pace.accountName(), String.valueOf(pace.waiting()),
                            pace.limited() ? messages.get("outbox.pace.limits", pace.limits().perMinute(),
                                    pace.limits().perDay()) : "",
                            pace.finishesAt().map(at -> messages.get(PaceText.finish(at, clock.instant(),
                                    clock.getZone()))).orElse("")));
                }
                byAccount.print(context.out());
            }
            return Cli.OK;
        }

        /** For scripts: the limits as numbers (0: none) and the expected end as an ISO instant, or null. */
        private static Map<String, Object> toJson(AccountPace pace) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("account", pace.accountName());
            m.put("waiting", pace.waiting());
            m.put("perMinute", pace.limits().perMinute());
            m.put("perDay", pace.limits().perDay());
            m.put("sentLastDay", pace.sentInLastDay());
            m.put("finishesAt", pace.finishesAt().map(Instant::toString).orElse(null));
            return m;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Deliver the outbox in the foreground, for scripts.",
                    "Without options: what is due now. --until-empty: until no message waits (deferred ones",
                    "are tried at their next attempt). --max-seconds: stop after that long in any case.",
                    "Exit code 0 when nothing failed (and, with --until-empty, nothing still waits), else 1."})
    static final class Run implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--until-empty", description = "Go on until no message waits.")
        private boolean untilEmpty;

        @Option(names = "--max-seconds", paramLabel = "S", description = "Stop after this many seconds.")
        private Long maxSeconds;

        Run(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.actor();
            DeliveryWorker worker = context.outbox().outbox().worker();
            DeliveryWorker.RunSummary summary = worker.runForeground(untilEmpty,
                    maxSeconds == null ? null : Duration.ofSeconds(maxSeconds));
            context.out().println(context.messages().get("cli.outbox.ran", summary.sent(), summary.deferred(),
                    summary.failed(), summary.waiting()));
            boolean done = summary.failed() == 0 && (!untilEmpty || summary.waiting() == 0);
            return done ? Cli.OK : Cli.FAILED;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Queue a failed, cancelled or deferred message again now (or every failed one).")
    static final class Retry implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "The message's id (see 'outbox list').")
        private Long id;

        @Option(names = "--failed", description = "Every failed message.")
        private boolean failed;

        Retry(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if ((id == null) == !failed) {
                throw new CliUsageException(UserMessage.of("cli.outbox.idOrFailed"));
            }
            User actor = context.actor();
            OutboxService outbox = context.outbox().outbox();
            if (failed) {
                context.out().println(context.messages().get("cli.outbox.retriedFailed", outbox.retryFailed(actor)));
            } else {
                outbox.retry(actor, id);
                context.out().println(context.messages().get("cli.outbox.retried", String.valueOf(id)));
            }
            return Cli.OK;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a message not sent yet.")
    static final class Cancel implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The message's id (see 'outbox list').")
        private long id;

        Cancel(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            context.outbox().outbox().cancel(actor, id);
            context.out().println(context.messages().get("cli.outbox.cancelled", String.valueOf(id)));
            return Cli.OK;
        }
    }

    @Command(name = "interrupted", mixinStandardHelpOptions = true,
            description = {"Mailings whose queueing was cut short (Missive closed, the PC switched off, or stopped),",
                    "with each letter that did not reach the outbox. --resume KEY queues exactly those letters,",
                    "with the same letter and choices; --drop KEY gives them up. KEY: the first characters shown.",
                    "Exit code 0; 1 when mailings are still interrupted (listing) or the resume stopped."})
    static final class Interrupted implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--resume", paramLabel = "KEY", description = "Queue the letters not queued of this mailing.")
        private String resume;

        @Option(names = "--drop", paramLabel = "KEY", description = "Give up the letters not queued of this mailing.")
        private String drop;

        @Mixin
        private TableOrJsonOption formatOption = new TableOrJsonOption();

        Interrupted(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (resume != null && drop != null) {
                throw new CliUsageException(UserMessage.of("cli.outbox.resumeOrDrop"));
            }
            OutputFormat format = formatOption.format();
            User actor = context.actor();
            InterruptedMailings mailings = context.letters().interrupted();
            Messages messages = context.messages();
            if (drop != null) {
                InterruptedMailings.Interrupted dropped = mailings.require(actor, drop);
                mailings.drop(actor, drop);
                context.out().println(messages.get("cli.outbox.dropped", dropped.title(), dropped.notQueued().size()));
                return Cli.OK;
            }
            if (resume != null) {
                InterruptedMailings.Interrupted resumed = mailings.require(actor, resume);
                MailingSummary summary = mailings.resume(actor, resume, (done, total) -> { }, () -> false);
                context.out().println(messages.get("cli.outbox.resumed", resumed.title(), summary.queued(),
                        resumed.notQueued().size()));
                return summary.cancelled() ? Cli.FAILED : Cli.OK;
            }
            List<InterruptedMailings.Interrupted> found = mailings.list(actor);
            if (format == OutputFormat.json) {
                Json.print(context.out(), found.stream().map(Interrupted::toJson).toList());
                return found.isEmpty() ? Cli.OK : Cli.FAILED;
            }
            if (found.isEmpty()) {
                context.out().println(messages.get("cli.outbox.noneInterrupted"));
                return Cli.OK;
            }
            for (InterruptedMailings.Interrupted i : found) {
                context.out().println(messages.get(i.document() ? "cli.outbox.interruptedDocument"
                        : "cli.outbox.interrupted", i.shortKey(), i.title(), i.accountName(),
                        time(i.plannedAt()), i.notQueued().size(), i.planned()));
                i.notQueued().forEach(name -> context.out().println("  " + name));
            }
            context.out().println(messages.get("cli.outbox.interruptedHow"));
            return Cli.FAILED;
        }

        private static Map<String, Object> toJson(InterruptedMailings.Interrupted i) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", i.mailing());
            m.put(i.document() ? "document" : "letter", i.title());
            m.put("account", i.accountName());
            m.put("plannedAt", i.plannedAt().toString());
            m.put("planned", i.planned());
            m.put("notQueued", i.notQueued());
            return m;
        }
    }
}
