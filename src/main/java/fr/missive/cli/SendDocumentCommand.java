package fr.missive.cli;

import fr.missive.app.ValidationException;
import fr.missive.app.compose.DocumentsNotQueuedException;
import fr.missive.app.compose.DocumentDraft;
import fr.missive.app.compose.DocumentPlan;
import fr.missive.app.contacts.ContactSelection;
import fr.missive.i18n.Messages;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.contacts.Contact;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive send document}: files by e-mail, the same to all or each recipient's own found by name. */
@Command(name = "document", mixinStandardHelpOptions = true,
        description = {"Send files by e-mail (queued in the outbox): the FILEs to every",
                "recipient and/or, with --folder, to each recipient the one file of DIR",
                "whose name holds their last and first names (accents, case and order",
                "ignored: DUPONT_Marie_bulletin.pdf is Marie Dupont's). Recipients with",
                "no file or several, and files matching nobody, are listed.",
                "FILTER: all, kind=KIND, class=CLASS, ids=1,2,3 or search=TEXT.",
                "Prints a JSON summary: queued, mails, skipped with reasons,",
                "unmatched_files, warnings."})
final class SendDocumentCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files sent to every recipient.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--folder", paramLabel = "DIR", description = "A folder holding one file per recipient.")
    private Path folder;

    @Option(names = "--account", paramLabel = "NAME", description = "The account to send from (default: your"
            + " institution account, else your personal one).")
    private String account;

    @Option(names = "--to", paramLabel = "ADDR[,ADDR]", description = "Addresses typed in (not with --folder:"
            + " they have no name to find a file by).")
    private String to;

    @Option(names = "--contacts", paramLabel = "FILTER", description = "The contacts to send to.")
    private String contacts;

    @Option(names = "--subject", required = true, paramLabel = "S", description = "The subject, fields allowed"
            + " ({{first_name}}…).")
    private String subject;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Message message;

    static final class Message {
        @Option(names = "--message", paramLabel = "TEXT", description = "The message, fields allowed.")
        private String text;

        @Option(names = "--message-file", paramLabel = "F", description = "A UTF-8 file holding the message.")
        private Path file;
    }

    @Option(names = "--signature", paramLabel = "NAME", description = "The signature put under the message"
            + " (default: the account's or your default one; \"none\" for none).")
    private String signature;

    @Option(names = "--language", paramLabel = "fr|en", description = "Language of {{today}} (default fr).")
    private String language = "fr";

    @Option(names = "--read-receipt", description = {"Ask each recipient's mail program for a read receipt (RFC 8098),",
            "sent to the account's own address and read by 'sent check-returns'. A family's mail",
            "program may never send one. Asked only when given, never remembered."})
    private boolean readReceipt;

    @Option(names = "--dry-run", description = "Show what would be sent, queue nothing.")
    private boolean dryRun;

    SendDocumentCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        User actor = context.actor();
        Account from = context.accounts().accounts().require(actor,
                SendCommand.accountOrDefault(context, actor, account));
        List<Contact> chosen = List.of();
        if (contacts != null) {
            ContactSelection selection = ContactSelection.parse(contacts);
            chosen = selection.select(context.contacts().contacts().list());
            if (chosen.isEmpty()) {
                throw new CliUsageException(UserMessage.of("cli.letter.noContacts", selection.toString()));
            }
        }
        String text = message == null ? "" : message.file != null
                ? new String(SendCommand.readFile(message.file), StandardCharsets.UTF_8) : message.text;
        Optional<Signature> chosenSignature = signature(actor, from);
        DocumentDraft draft = new DocumentDraft(from.name(), chosen, to, files, folder, subject, text,
                chosenSignature.map(Signature::textForMessage).orElse(""),
                LetterCommand.Render.letterLanguage(language), chosenSignature.orElse(null), readReceipt);
        DocumentPlan plan = context.compose().documentSending().plan(actor, draft);
        Messages messages = context.messages();
        plan.warnings().forEach(w -> context.err().println(messages.get("cli.letter.warning", messages.get(w))));
        if (dryRun || plan.mails().isEmpty()) {
            Json.print(context.out(), json(0, plan, messages));
            if (plan.mails().isEmpty()) {
                throw ValidationException.of("recipients", UserMessage.of("document.nothingToSend"));
            }
            return Cli.OK;
        }
        int queued;
        try {
            queued = context.compose().documentSending().send(actor, draft, plan);
        } catch (DocumentsNotQueuedException e) {
            // Those queued stay in the outbox: say so, and each recipient left out with why.
            Json.print(context.out(), json(e.queued(), plan, messages));
            e.notQueued().forEach(n -> context.err().println(messages.get("cli.document.notQueued", n.recipient(),
                    messages.get(n.reason()))));
            throw e;
        }
        Json.print(context.out(), json(queued, plan, messages));
        return Cli.OK;
    }

    private Optional<Signature> signature(User actor, Account from) {
        if (signature == null) {
            return context.compose().signatures().defaultFor(actor, from);
        }
        if (signature.strip().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(context.compose().signatures().choicesFor(actor, from).stream()
                .filter(s -> s.name().strip().equalsIgnoreCase(signature.strip())).findFirst()
                .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.document.noSignature", signature))));
    }

    private static Map<String, Object> json(int queued, DocumentPlan plan, Messages messages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queued", queued);
        List<Map<String, Object>> mails = new ArrayList<>();
        for (DocumentPlan.Mail mail : plan.mails()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("recipient", mail.message().recipientName());
            one.put("to", mail.message().to().toString());
            one.put("files", mail.files().stream().map(f -> f.getFileName().toString()).toList());
            mails.add(one);
        }
        m.put("mails", mails);
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (DocumentPlan.Skipped s : plan.skipped()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("recipient", s.recipient());
            one.put("reason", messages.get(s.reason()));
            skipped.add(one);
        }
        m.put("skipped", skipped);
        m.put("unmatched_files", plan.unmatchedFiles());
        m.put("warnings", plan.warnings().stream().map(messages::get).toList());
        return m;
    }
}
