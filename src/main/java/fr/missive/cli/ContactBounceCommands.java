package fr.missive.cli;

import fr.missive.app.returns.ReturnLines;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.returns.BounceMark;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code missive contacts show ID} (with the bounce mark) and {@code contacts clear-bounce ID}. */
final class ContactBounceCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ContactBounceCommands() {
    }

    private static Contact require(CliContext context, long id) {
        return context.contacts().contacts().find(id).orElseThrow(
                () -> new MissiveException(UserMessage.of("cli.contacts.notFound", String.valueOf(id))));
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one contact, and whether mail to its address came back undelivered.")
    static final class ShowContact implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The contact's id (see 'contacts list').")
        private long id;

        @picocli.CommandLine.Mixin
        private TableOrJsonOption format = new TableOrJsonOption();

        ShowContact(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.actor();
            Contact c = require(context, id);
            Messages messages = context.messages();
            List<Contact> guardians = context.contacts().contacts().guardiansOf(id);
            List<Contact> children = context.contacts().contacts().childrenOf(id);
            if (format.format() == OutputFormat.json) {
                java.util.Map<String, Object> json = new java.util.LinkedHashMap<>(ContactsCommand.ListContacts.toJson(c));
                json.put("guardians", guardians.stream().map(ContactsCommand.ListContacts::toJson).toList());
                json.put("children", children.stream().map(ContactsCommand.ListContacts::toJson).toList());
                Json.print(context.out(), json);
                return Cli.OK;
            }
            TablePrinter table = new TablePrinter(List.of("FIELD", "VALUE"));
            table.add(List.of("Name", c.displayName()));
            table.add(List.of("Class", c.className()));
            table.add(List.of("E-mail", c.email() == null ? "" : c.email().toString()));
            table.add(List.of("Accepts e-mail", c.consent().accepts() ? "yes" : "no"));
            table.add(List.of("Address", String.join(", ", c.address().lines()) + " " + c.address().postcode()
                    + " " + c.address().city()));
            Optional<BounceMark> mark = context.returns().service().bounceMark(id);
            table.add(List.of("Bounced", mark.map(m -> messages.get(new ReturnLines(DAY, messages::get).mark(m)))
                    .orElse("")));
            for (Contact g : guardians) {
                table.add(List.of("Guardian", GuardianCommands.describe(g)));
            }
            for (Contact child : children) {
                table.add(List.of("Child", GuardianCommands.describe(child)));
            }
            table.print(context.out());
            context.out().flush();
            return Cli.OK;
        }
    }

    @Command(name = "clear-bounce", mixinStandardHelpOptions = true,
            description = "Say that the contact's address works again: its bounce mark goes.")
    static final class ClearBounce implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The contact's id (see 'contacts list').")
        private long id;

        ClearBounce(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.actor();
            Contact c = require(context, id);
            context.returns().service().clearBounce(id);
            context.out().println(context.messages().get("cli.returns.cleared", c.displayName()));
            return Cli.OK;
        }
    }
}
