package fr.missive.cli;

import fr.missive.app.Futures;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.csv.CsvExport;
import fr.missive.app.contacts.importing.ColumnMapping;
import fr.missive.app.contacts.importing.ContactField;
import fr.missive.app.contacts.importing.CsvInspection;
import fr.missive.app.contacts.importing.CsvInspector;
import fr.missive.app.contacts.importing.ImportProgress;
import fr.missive.app.contacts.importing.ImportReport;
import fr.missive.app.contacts.importing.ImportRequest;
import fr.missive.app.contacts.importing.RowIssue;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive contacts import|list}. */
@Command(name = "contacts", mixinStandardHelpOptions = true, description = "The people the secretariat writes to.",
        subcommands = {ContactsCommand.ImportContacts.class, ContactsCommand.ListContacts.class,
                ContactBounceCommands.ShowContact.class, ContactBounceCommands.ClearBounce.class,
                GuardianCommands.LinkGuardian.class, GuardianCommands.UnlinkGuardian.class})
final class ContactsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import contacts from a CSV file (UTF-8 or Windows-1252; separator ; , or tab, detected).",
                    "Columns are mapped from their headers (Nom, Prénom, Classe, Courriel, Last name, Email…);",
                    "other columns are kept as custom fields. Re-importing a file updates the contacts it",
                    "created instead of duplicating them.",
                    "Prints one line per rejected or corrected line, then a summary. Exit code 0 when the",
                    "file was read (even with rejected lines), 2 when it could not be used (nothing imported)."})
    static final class ImportContacts implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "FILE", description = "The CSV file.")
        private Path file;

        @Option(names = "--map", paramLabel = "MAPPING",
                description = "Override the mapping of some columns: \"Header=field,…\". Fields: ${COMPLETION-CANDIDATES}.",
                completionCandidates = FieldCodes.class)
        private String map;

        @Option(names = "--kind", paramLabel = "KIND",
                description = "Kind of the contacts when the file does not say: pupil (default), guardian, staff,"
                        + " teacher, other.")
        private ContactKind kind = ContactKind.PUPIL;

        @Option(names = "--dry-run", description = "Read and check everything, print what would happen, save nothing.")
        private boolean dryRun;

        ImportContacts(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            // The inspection, a whole pass over the file, needs no database: it runs while the
            // data folder is opened. A failure to open the folder is told first, as before.
            CompletableFuture<CsvInspection> inspecting = CompletableFuture.supplyAsync(
                    () -> new CsvInspector().inspect(file));
            User actor = context.actor();
            ContactUseCases contacts = context.contacts();
            CsvInspection inspection = Futures.awaitEnded(inspecting);
            ColumnMapping mapping = map == null || map.isBlank()
                    ? inspection.suggestedMapping()
                    : ColumnMapping.parse(map, inspection.headers());
            ImportRequest request = new ImportRequest(inspection, mapping, kind, dryRun,
                    ImportRequest.defaultSource(file) + " (" + actor.name() + ")");
            ImportReport report = contacts.importer().run(request, ImportProgress.NONE, () -> false);
            Messages messages = context.messages();
            for (RowIssue issue : report.issues()) {
                context.out().println(messages.get("cli.import.issue", issue.line(),
                        messages.get(issue.severityKey()), messages.get(issue.reason())));
            }
            context.out().println(messages.get(report.summary()));
            report.guardianSummary().ifPresent(g -> context.out().println(messages.get(g)));
            return 0;
        }
    }

    /** The field codes --map accepts, for the help text. */
    static final class FieldCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ContactField.values()).map(ContactField::code).iterator();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List every contact.",
                    "JSON gives an array of objects with the model's field names, custom fields under \"custom\"."})
    static final class ListContacts implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        private OutputFormat format = OutputFormat.table;

        ListContacts(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.actor();
            List<Contact> contacts = context.contacts().contacts().list();
            switch (format) {
                case json -> Json.print(context.out(), contacts.stream().map(ListContacts::toJson).toList());
                case csv -> printCsv(contacts);
                default -> printTable(contacts);
            }
            return 0;
        }

        static Map<String, Object> toJson(Contact c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
            m.put("title", c.title());
            m.put("firstName", c.firstName());
            m.put("lastName", c.lastName());
            m.put("className", c.className());
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("lines", c.address().lines());
            address.put("postcode", c.address().postcode());
            address.put("city", c.address().city());
            address.put("country", c.address().country());
            m.put("address", address);
            m.put("email", c.email() == null ? null : c.email().toString());
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("accepts", c.consent().accepts());
            consent.put("recordedOn", c.consent().recordedOn().toString());
            consent.put("source", c.consent().source());
            m.put("consent", consent);
            m.put("custom", c.custom());
            return m;
        }

        private void printTable(List<Contact> contacts) {
            TablePrinter table = new TablePrinter(List.of("ID", "KIND", "LAST NAME", "FIRST NAME", "CLASS", "EMAIL",
                    "CONSENT", "CITY"));
            for (Contact c : contacts) {
                table.add(List.of(String.valueOf(c.id()), c.kind().name().toLowerCase(Locale.ROOT), c.lastName(),
                        c.firstName(), c.className(), c.email() == null ? "" : c.email().toString(),
                        c.consent().accepts() ? "yes" : "no", c.address().city()));
            }
            table.print(context.out());
        }

        private void printCsv(List<Contact> contacts) {
            Set<String> customNames = new LinkedHashSet<>();
            contacts.forEach(c -> customNames.addAll(c.custom().keySet()));
            List<String> header = new ArrayList<>(List.of("id", "kind", "title", "firstName", "lastName", "className",
                    "address1", "address2", "address3", "postcode", "city", "country", "email", "consent",
                    "consentRecordedOn", "consentSource"));
            header.addAll(customNames);
            CsvExport csv = new CsvExport(context.out(), ',', header);
            for (Contact c : contacts) {
                List<Object> row = new ArrayList<>(List.of(c.id(), c.kind().name().toLowerCase(Locale.ROOT),
                        c.title(), c.firstName(), c.lastName(), c.className(), c.address().line(0),
                        c.address().line(1), c.address().line(2), c.address().postcode(), c.address().city(),
                        c.address().country(), c.email() == null ? "" : c.email().toString(),
                        c.consent().accepts(), c.consent().recordedOn(), c.consent().source()));
                customNames.forEach(n -> row.add(c.custom().getOrDefault(n, "")));
                csv.row(row);
            }
            csv.flush();
        }
    }
}
