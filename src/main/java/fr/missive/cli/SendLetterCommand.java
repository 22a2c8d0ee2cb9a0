package fr.missive.cli;

import fr.missive.app.letters.BatchReport;
import fr.missive.app.letters.LetterBatch;
import fr.missive.app.letters.mailing.MailingOptions;
import fr.missive.app.letters.mailing.MailingPlan;
import fr.missive.app.letters.mailing.MailingSummary;
import fr.missive.app.letters.mailing.PlannedRecipient;
import fr.missive.app.letters.mailing.PupilLines;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.users.User;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive send letter}: a standard letter by e-mail to those who accept it, to print for the others. */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = {"Send a standard letter to the chosen contacts: by e-mail to those with a valid",
                "address who accept e-mail (queued in the outbox), on paper for the others",
                "(written to --print-dir as PDFs, or only counted).",
                "FILTER: all, kind=KIND, class=CLASS, ids=1,2,3 or search=TEXT.",
                "--about-pupils FILTER instead of --contacts: one letter to each legal guardian",
                "of each pupil chosen, about that pupil, each guardian by e-mail or on paper as",
                "their own address and consent allow (a letter addressed to guardians does the",
                "same with --contacts). --joint-letters: guardians at one address, reached the",
                "same way, share one letter (\"Madame et Monsieur DURAND\").",
                "Prints a JSON summary: queued, to_print, printed, skipped with reasons, warnings,",
                "and for letters about pupils, per_pupil: who receives each pupil's letter and how."})
final class SendLetterCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "TEMPLATE", description = "The letter's designation.")
    private String name;

    @Option(names = "--account", paramLabel = "NAME", description = "The account to send from (default: your"
            + " institution account, else your personal one).")
    private String account;

    @Option(names = "--contacts", paramLabel = "FILTER", description = "Which contacts.")
    private String filter;

    @Option(names = "--about-pupils", paramLabel = "FILTER", description = PupilsOrContacts.ABOUT_PUPILS_HELP)
    private String pupils;

    @Option(names = "--joint-letters", description = PupilsOrContacts.JOINT_LETTERS_HELP)
    private boolean jointLetters;

    @Option(names = "--attach-pdf", description = "Attach the letter as a PDF (the default without --inline).")
    private boolean attachPdf;

    @Option(names = "--pdf-name", paramLabel = "PATTERN", description = "The attachment's name, fields allowed,"
            + " e.g. \"Convocation {{last_name}} {{first_name}}\".")
    private String pdfName;

    @Option(names = "--inline", description = "Put the letter in the body of the e-mail.")
    private boolean inline;

    @Option(names = "--subject", paramLabel = "S", description = "The subject (default: the letter's subject).")
    private String subject;

    @Option(names = "--body-file", paramLabel = "F", description = "A UTF-8 file with a short message above the"
            + " letter.")
    private Path bodyFile;

    @Option(names = "--field", paramLabel = "KEY=VALUE", description = "A letter-specific field.")
    private Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--print-dir", paramLabel = "DIR", description = "Folder for the letters to print, one PDF"
            + " per contact.")
    private Path printDir;

    @Option(names = "--read-receipt", description = {"Ask each recipient's mail program for a read receipt (RFC 8098),",
            "sent to the account's own address and read by 'sent check-returns'. A family's mail",
            "program may never send one. Asked only when given, never remembered."})
    private boolean readReceipt;

    @Option(names = "--language", paramLabel = "fr|en", description = "Language of the letters (default fr).")
    private String language = "fr";

    SendLetterCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        User actor = context.actor();
        String from = SendCommand.accountOrDefault(context, actor, account);
        StoredTemplate template = context.letters().templates().get(name);
        PupilsOrContacts chosen = PupilsOrContacts.choose(context, filter, pupils);
        List<Contact> contacts = chosen.contacts();
        String intro = bodyFile == null ? null : new String(SendCommand.readFile(bodyFile), StandardCharsets.UTF_8);
        MailingOptions options = MailingOptions.byEmail(LetterCommand.Render.letterLanguage(language))
                .attachPdf(attachPdf).pdfNamePattern(pdfName).inline(inline).subject(subject).intro(intro)
                .letterFields(fields).printFolder(printDir).readReceipt(readReceipt)
                .addressing(chosen.addressing()).jointLetters(jointLetters).build();
        MailingPlan plan = context.letters().mailing().plan(actor, from, template.template(), contacts, options);
        Messages messages = context.messages();
        plan.warnings().forEach(w -> context.err().println(messages.get("cli.letter.warning", messages.get(w))));
        ReturnsCommands.warnBounced(context, plan.emailLetters().stream()
                .flatMap(letter -> letter.emails().stream()).map(Object::toString).toList());
        MailingSummary summary = context.letters().mailing().send(actor, from, plan,
                LetterBatch.Progress.NONE, () -> false);
        Json.print(context.out(), json(summary, plan, messages));
        return summary.failures().isEmpty() ? Cli.OK : Cli.FAILED;
    }

    private static Map<String, Object> json(MailingSummary summary, MailingPlan plan, Messages messages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queued", summary.queued());
        m.put("to_print", summary.toPrint().size());
        m.put("printed", summary.printed());
        m.put("print_list", entries(summary.toPrint(), messages));
        m.put("skipped", entries(summary.skipped(), messages));
        List<Map<String, Object>> failures = new ArrayList<>();
        for (BatchReport.Failure f : summary.failures()) {
            failures.add(entry(f.contact(), messages.get(f.reason())));
        }
        m.put("failed", failures);
        m.put("files", summary.files().stream().map(Path::toString).toList());
        m.put("warnings", plan.warnings().stream().map(messages::get).toList());
        if (plan.aboutPupils()) {
            m.put("per_pupil", PupilLines.of(plan, messages));
            m.put("without_guardian", plan.withoutGuardian().stream().map(SendLetterCommand::pupil).toList());
        }
        return m;
    }

    private static List<Map<String, Object>> entries(List<PlannedRecipient> recipients, Messages messages) {
        return recipients.stream().map(r -> {
            Map<String, Object> m = entry(r.contact(), messages.get(r.reason()));
            if (r.letter().aboutSomeoneElse()) {
                m.put("about", pupil(r.about()));
                m.put("addressees", r.letter().addressees().stream().map(Contact::displayName).toList());
            }
            return m;
        }).toList();
    }

    private static Map<String, Object> pupil(Contact pupil) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", pupil.displayName());
        m.put("id", pupil.id());
        return m;
    }

    private static Map<String, Object> entry(Contact contact, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contact", contact.displayName());
        m.put("id", contact.id());
        m.put("reason", reason);
        return m;
    }
}
