package fr.missive.cli;

import fr.missive.app.compose.AttachmentFiles;
import fr.missive.app.contacts.ContactSelection;
import fr.missive.app.outbox.MailDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.contacts.Contact;
import fr.missive.model.mail.Attachment;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code missive send mail}, {@code send letter} and {@code send document}: queue e-mail in the
 * outbox; all end in {@link fr.missive.app.outbox.OutboxService#queue}.
 */
@Command(name = "send", mixinStandardHelpOptions = true, description = "Send e-mail (through the outbox).",
        subcommands = {SendCommand.Mail.class, SendLetterCommand.class, SendDocumentCommand.class})
final class SendCommand {

    /** Reads a file the user named, or says in their language that it cannot be read. */
    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliUsageException(UserMessage.of("cli.send.unreadableFile", file.toString()));
        }
    }

    /** The account named, else the one to preselect for the user (institution account, else personal). */
    static String accountOrDefault(CliContext context, User actor, String named) {
        if (named != null && !named.isBlank()) {
            return named;
        }
        return context.accounts().accounts().preferredFor(actor).map(Account::name)
                .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.send.noAccount")));
    }

    /** The e-mail addresses of the chosen contacts who accept e-mail. */
    static List<String> contactAddresses(CliContext context, String filter) {
        return ContactSelection.parse(filter).select(context.contacts().contacts().list()).stream()
                .filter(Contact::reachableByEmail).map(c -> c.email().toString()).toList();
    }

    @Command(name = "mail", mixinStandardHelpOptions = true,
            description = {"Queue an e-mail from an account to one or more addresses.",
                    "It is committed to the outbox before this command says so, then delivered by the",
                    "window or by 'missive outbox run'."})
    static final class Mail implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--account", paramLabel = "NAME", description = "The account to send from (default: your"
                + " institution account, else your personal one).")
        private String account;

        @Option(names = "--to", paramLabel = "ADDR[,ADDR]", description = "The recipients.")
        private String to;

        @Option(names = "--contacts", paramLabel = "FILTER", description = "Also the contacts chosen (all, kind=…,"
                + " class=…, ids=…, search=…) who have an address and accept e-mail.")
        private String contacts;

        @Option(names = "--subject", required = true, paramLabel = "S", description = "The subject.")
        private String subject;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Body body;

        @Option(names = "--attach", paramLabel = "FILE", description = "A file to attach (repeat for several).")
        private List<Path> attachments = new ArrayList<>();

        @Option(names = "--read-receipt", description = {
                "Ask each recipient's mail program for a read receipt (RFC 8098),",
                "sent to the account's own address and read by 'sent check-returns'. A family's mail",
                "program may never send one. Asked only when given, never remembered."})
        private boolean readReceipt;

        static final class Body {
            @Option(names = "--body", paramLabel = "TEXT", description = "The text of the message.")
            private String text;

            @Option(names = "--body-file", paramLabel = "F", description = "A UTF-8 file holding the text.")
            private Path file;
        }

        Mail(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            String text = body.text != null ? body.text : new String(readFile(body.file), StandardCharsets.UTF_8);
            List<Attachment> files = new ArrayList<>();
            for (Path file : attachments) {
                AttachmentFiles.checkName(file);
                files.add(new Attachment(file.getFileName().toString(), AttachmentFiles.mimeType(file),
                        readFile(file)));
            }
            User actor = context.actor();
            List<String> recipients = new ArrayList<>();
            if (to != null) {
                recipients.add(to);
            }
            if (contacts != null) {
                recipients.addAll(contactAddresses(context, contacts));
            }
            ReturnsCommands.warnBounced(context, recipients.stream().flatMap(r -> java.util.Arrays.stream(r.split(",")))
                    .map(String::strip).filter(r -> !r.isEmpty()).toList());
            List<Long> ids = context.outbox().outbox().send(actor, new MailDraft(accountOrDefault(context, actor,
                    account), String.join(",", recipients), subject, text, files, readReceipt));
            context.out().println(context.messages().get("cli.send.queued", ids.size(),
                    ids.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
            return Cli.OK;
        }
    }
}
