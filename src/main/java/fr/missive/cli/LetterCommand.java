package fr.missive.cli;

import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.letters.GuardianLetters;
import fr.missive.app.letters.BatchReport;
import fr.missive.app.letters.LetterFiles;
import fr.missive.app.letters.LetterBatch;
import fr.missive.app.letters.LetterContext;
import fr.missive.app.letters.LetterRecipient;
import fr.missive.app.letters.mailing.LetterMailing;
import fr.missive.app.letters.LetterSender;
import fr.missive.app.letters.LetterTemplateService;
import fr.missive.app.letters.Preflight;
import fr.missive.app.letters.TemplateFile;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive letter import|export|list|render}: standard letters. */
@Command(name = "letter", mixinStandardHelpOptions = true, description = "Standard letters: share them, list them, print them.",
        subcommands = {LetterCommand.Import.class, LetterCommand.Export.class, LetterCommand.ListLetters.class,
                LetterCommand.Render.class, LetterCommand.Duplicate.class, LetterCommand.Rename.class,
                LetterCommand.Delete.class})
final class LetterCommand {

    /** Contacts without a postal address listed one by one, up to this many. */
    private static final int WARNINGS_SHOWN = 10;

    /** The template of that designation; an unknown name is a usage error (exit 2). */
    static StoredTemplate template(CliContext context, String name) {
        try {
            return context.letters().templates().get(name);
        } catch (MissiveException e) {
            throw new CliUsageException(e.userMessage());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a standard letter from a .md file (UTF-8): a header between two",
                    "'---' lines (designation, category, subject, optional fields), then the",
                    "Markdown body. Exit code 2 when the file or the letter is refused (the",
                    "message gives the line)."})
    static final class Import implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "FILE", description = "The .md file.")
        private Path file;

        @Option(names = "--replace", description = "Replace the letter of the same designation if there is one.")
        private boolean replace;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            TemplateFile.Imported imported;
            try {
                imported = TemplateFile.importFrom(file);
            } catch (MissiveException e) {
                throw new CliUsageException(e.userMessage());
            }
            LetterTemplate template = imported.template();
            for (int line : imported.controlCharacterLines()) {
                context.out().println(context.messages().get("cli.letter.controlCharacters", line));
            }
            LetterTemplateService service = context.letters().templates();
            var existing = service.find(template.designation());
            StoredTemplate saved = replace && existing.isPresent()
                    ? service.update(actor, existing.get().id(), template)
                    : service.create(actor, template);
            context.out().println(context.messages().get(existing.isPresent() && replace
                    ? "cli.letter.replaced" : "cli.letter.imported", saved.designation(),
                    TemplateFile.code(saved.category())));
            return Cli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a standard letter as a .md file (to standard output without --out).")
    static final class Export implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The letter's designation.")
        private String name;

        @Option(names = "--out", paramLabel = "FILE", description = "The file to write (UTF-8).")
        private Path out;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.actor();
            LetterTemplate template = template(context, name).template();
            if (out == null) {
                context.out().print(TemplateFile.write(template));
                context.out().flush();
            } else {
                TemplateFile.write(template, out);
                context.err().println(context.messages().get("cli.letter.exported", template.designation(), out));
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the standard letters by category.",
                    "JSON gives id, designation, category, subject, letterFields, createdAt, updatedAt, updatedBy."})
    static final class ListLetters implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        private TableOrJsonOption formatOption = new TableOrJsonOption();

        ListLetters(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OutputFormat format = formatOption.format();
            context.actor();
            List<StoredTemplate> templates = context.letters().templates().list();
            if (format == OutputFormat.json) {
                Json.print(context.out(), templates.stream().map(ListLetters::toJson).toList());
                return Cli.OK;
            }
            TablePrinter table = new TablePrinter(List.of("DESIGNATION", "CATEGORY", "SUBJECT", "FIELDS", "UPDATED",
                    "BY"));
            for (StoredTemplate t : templates) {
                table.add(List.of(t.designation(), TemplateFile.code(t.category()), t.template().subject(),
                        String.join(", ", t.template().letterFields()), t.updatedAt().toString(), t.updatedBy()));
            }
            table.print(context.out());
            return Cli.OK;
        }

        private static Map<String, Object> toJson(StoredTemplate t) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("designation", t.designation());
            m.put("category", TemplateFile.code(t.category()));
            m.put("subject", t.template().subject());
            m.put("letterFields", t.template().letterFields());
            m.put("createdAt", t.createdAt().toString());
            m.put("updatedAt", t.updatedAt().toString());
            m.put("updatedBy", t.updatedBy());
            return m;
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = {"Render a standard letter to PDF for each chosen contact: one file per",
                    "contact in --out (named from the contact's names) and/or one combined file",
                    "to print (--combined).",
                    "FILTER: all, kind=KIND (pupil, guardian, staff, teacher, other),",
                    "class=CLASS, ids=1,2,3 or search=TEXT.",
                    "--about-pupils FILTER instead of --contacts: one letter to each legal",
                    "guardian of each pupil chosen, about that pupil (as a letter addressed",
                    "to guardians does with --contacts); pupils without guardian are warned about.",
                    "--joint-letters: guardians at one address, reached the same way, share one",
                    "letter (\"Madame et Monsieur DURAND\").",
                    "The fields the letter asks for are given with --field KEY=VALUE.",
                    "Everything is checked before rendering: exit code 2, nothing written, when",
                    "a field is missing or unknown. Contacts without a postal address are",
                    "listed as warnings; their letters say so in the address block.",
                    "Exit code 1 when some letters could not be rendered (the others are written)."})
    static final class Render implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The letter's designation.")
        private String name;

        @Option(names = "--contacts", paramLabel = "FILTER", description = "Which contacts.")
        private String filter;

        @Option(names = "--about-pupils", paramLabel = "FILTER", description = PupilsOrContacts.ABOUT_PUPILS_HELP)
        private String pupils;

        @Option(names = "--joint-letters", description = PupilsOrContacts.JOINT_LETTERS_HELP)
        private boolean jointLetters;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Folder for one PDF per contact (created if needed).")
        private Path out;

        @Option(names = "--combined", paramLabel = "FILE.pdf", description = "One PDF with every letter, to print.")
        private Path combined;

        @Option(names = "--language", paramLabel = "fr|en", description = "Language of the date and the"
                + " \"Objet :\" label of the letter: fr (default, French business letter) or en.")
        private String language = "fr";

        @Option(names = "--duplex", description = "For printing the combined file on both sides: every letter starts"
                + " on a new sheet (a blank page follows a letter of an odd number of pages).")
        private boolean duplex;

        @Option(names = "--field", paramLabel = "KEY=VALUE", description = "A letter-specific field, e.g. date_rdv=\"1er décembre\".")
        private Map<String, String> fields = new LinkedHashMap<>();

        Render(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (out == null && combined == null) {
                throw new CliUsageException(UserMessage.of("cli.letter.noOutput"));
            }
            context.warmUpRenderer();
            User actor = context.actor();
            LetterUseCases letters = context.letters();
            Messages messages = context.messages();
            StoredTemplate template = template(context, name);
            PupilsOrContacts chosen = PupilsOrContacts.choose(context, filter, pupils);
            GuardianLetters.Expansion expansion = letters.mailing().letters(chosen.contacts(),
                    chosen.addressingOr(template.template().addressing()));
            LetterContext letter = letters.composer().prepare(template.template(), LetterSender.of(actor),
                    fields, letterLanguage(language));
            List<LetterRecipient> toRender = jointLetters ? LetterMailing.joinLetters(expansion.letters())
                    : expansion.letters();
            Preflight preflight = letters.composer().checkLetters(letter, toRender);
            if (!preflight.ready()) {
                preflight.blockers().forEach(b -> context.err().println("missive: " + messages.get(b)));
                if (!preflight.missingFields().isEmpty()) {
                    context.err().println(messages.get("cli.letter.fieldHint", preflight.missingFields().get(0)));
                }
                return Cli.USAGE;
            }
            warnAboutAddresses(preflight.withoutAddress());
            expansion.withoutGuardian().forEach(pupil -> context.err().println(messages.get("cli.letter.warning",
                    messages.get("mailing.pupil.noGuardian", pupil.displayName()))));
            BatchReport report = letters.files().writeLetters(letter, toRender,
                    new LetterFiles.Destination(out, combined, duplex), LetterBatch.Progress.NONE, () -> false);
            for (BatchReport.Failure failure : report.failures()) {
                context.err().println("missive: " + failure.contact().displayName() + ": "
                        + messages.get(failure.reason()));
            }
            if (out != null) {
                context.out().println(messages.get("cli.letter.rendered", report.rendered(), out));
            }
            if (combined != null && report.rendered() > 0) {
                context.out().println(messages.get("cli.letter.combined", report.rendered(), combined));
            }
            return report.failures().isEmpty() ? Cli.OK : Cli.FAILED;
        }

        /** The language of the letters named on the command line: fr or en. */
        static Locale letterLanguage(String language) {
            return switch (language.strip().toLowerCase(Locale.ROOT)) {
                case "fr", "french", "francais", "français" -> Locale.FRENCH;
                case "en", "english", "anglais" -> Locale.ENGLISH;
                default -> throw new CliUsageException(UserMessage.of("cli.letter.badLanguage", language));
            };
        }

        private void warnAboutAddresses(List<Contact> withoutAddress) {
            Messages messages = context.messages();
            withoutAddress.stream().limit(WARNINGS_SHOWN).forEach(c -> context.err().println(
                    messages.get("cli.letter.warning", messages.get("letters.preflight.withoutAddress",
                            c.displayName()))));
            if (withoutAddress.size() > WARNINGS_SHOWN) {
                context.err().println(messages.get("cli.letter.moreWithoutAddress",
                        withoutAddress.size() - WARNINGS_SHOWN));
            }
        }
    }

    @Command(name = "duplicate", mixinStandardHelpOptions = true,
            description = "Copy a standard letter as \"Copie de …\" (\"Copy of …\" in English), numbered if taken.")
    static final class Duplicate implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The letter's designation.")
        private String name;

        Duplicate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            StoredTemplate copy = context.letters().templates().duplicate(actor, template(context, name).id(),
                    context.messages().locale());
            context.out().println(context.messages().get("cli.letter.duplicated", copy.designation()));
            return Cli.OK;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Give a standard letter another designation.")
    static final class Rename implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "NAME", description = "The letter's designation.")
        private String name;

        @Parameters(index = "1", paramLabel = "NEW_NAME", description = "Its new designation.")
        private String newName;

        Rename(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            StoredTemplate renamed = context.letters().templates().rename(actor, template(context, name).id(),
                    newName);
            context.out().println(context.messages().get("cli.letter.renamed", name, renamed.designation()));
            return Cli.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a standard letter.")
    static final class Delete implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The letter's designation.")
        private String name;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            User actor = context.actor();
            StoredTemplate template = template(context, name);
            context.letters().templates().delete(actor, template.id());
            context.out().println(context.messages().get("cli.letter.deleted", template.designation()));
            return Cli.OK;
        }
    }
}
