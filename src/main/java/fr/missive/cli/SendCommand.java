package fr.missive.cli;

import fr.missive.app.outbox.MailDraft;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Attachment;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code missive send mail}: queues e-mail in the outbox. {@code send letter} joins it as a
 * second subcommand once letters can be rendered for sending; both end in
 * {@link fr.missive.app.outbox.OutboxService#queue}.
 */
@Command(name = "send", mixinStandardHelpOptions = true, description = "Send e-mail (through the outbox).",
        subcommands = {SendCommand.Mail.class})
final class SendCommand {

    /** Reads a file the user named, or says in their language that it cannot be read. */
    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliUsageException(UserMessage.of("cli.send.unreadableFile", file.toString()));
        }
    }

    static String mimeType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        try {
            String probed = Files.probeContentType(file);
            return probed == null ? "application/octet-stream" : probed;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    @Command(name = "mail", mixinStandardHelpOptions = true,
            description = {"Queue an e-mail from an account to one or more addresses.",
                    "It is committed to the outbox before this command says so, then delivered by the",
                    "window or by 'missive outbox run'."})
    static final class Mail implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--account", required = true, paramLabel = "NAME", description = "The account to send from.")
        private String account;

        @Option(names = "--to", required = true, paramLabel = "ADDR[,ADDR]", description = "The recipients.")
        private String to;

        @Option(names = "--subject", required = true, paramLabel = "S", description = "The subject.")
        private String subject;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Body body;

        @Option(names = "--attach", paramLabel = "FILE", description = "A file to attach (repeat for several).")
        private List<Path> attachments = new ArrayList<>();

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
                files.add(new Attachment(file.getFileName().toString(), mimeType(file), readFile(file)));
            }
            User actor = context.actor();
            List<Long> ids = context.services().outbox().send(actor, new MailDraft(account, to, subject, text, files));
            context.out().println(context.messages().get("cli.send.queued", ids.size(),
                    ids.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
            return Cli.OK;
        }
    }
}
