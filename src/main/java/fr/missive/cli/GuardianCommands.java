package fr.missive.cli;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contacts link-guardian} and {@code contacts unlink-guardian}: a pupil's legal guardians by hand. */
final class GuardianCommands {

    private GuardianCommands() {
    }

    /** "#12 Mme Claire DURAND, 12 rue des Lilas 69003 Lyon, claire@example.fr (accepts e-mail)". */
    static String describe(Contact c) {
        StringBuilder s = new StringBuilder("#").append(c.id()).append(' ')
                .append((c.title() + " " + c.displayName()).strip());
        if (!c.className().isEmpty()) {
            s.append(", ").append(c.className());
        }
        if (!c.address().isEmpty()) {
            s.append(", ").append(String.join(", ", c.address().lines())).append(' ')
                    .append((c.address().postcode() + " " + c.address().city()).strip());
        }
        if (c.email() != null) {
            s.append(", ").append(c.email()).append(c.consent().accepts() ? " (accepts e-mail)" : " (no e-mail consent)");
        }
        return s.toString();
    }

    private static Contact require(CliContext context, long id) {
        return context.contacts().contacts().find(id).orElseThrow(
                () -> new MissiveException(UserMessage.of("cli.contacts.notFound", String.valueOf(id))));
    }

    @Command(name = "link-guardian", mixinStandardHelpOptions = true,
            description = {"Make a contact a legal guardian of a pupil (see 'contacts show PUPIL').",
                    "Without --rank the guardian comes after the pupil's other guardians."})
    static final class LinkGuardian implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "PUPIL", description = "The pupil's contact id.")
        private long pupil;

        @Parameters(index = "1", paramLabel = "GUARDIAN", description = "The guardian's contact id.")
        private long guardian;

        @Option(names = "--rank", paramLabel = "N", description = "The guardian's rank (1 = responsable 1).")
        private int rank;

        LinkGuardian(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.actor();
            Contact p = require(context, pupil);
            Contact g = require(context, guardian);
            context.contacts().contacts().link(pupil, guardian, rank);
            int given = context.contacts().contacts().guardiansOf(pupil).indexOf(g);
            int shownRank = rank > 0 ? rank : given + 1;
            context.out().println(context.messages().get("cli.contacts.linked", g.displayName(), p.displayName(),
                    shownRank));
            return Cli.OK;
        }
    }

    @Command(name = "unlink-guardian", mixinStandardHelpOptions = true,
            description = "Remove the link between a pupil and one of their legal guardians; both contacts stay.")
    static final class UnlinkGuardian implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "PUPIL", description = "The pupil's contact id.")
        private long pupil;

        @Parameters(index = "1", paramLabel = "GUARDIAN", description = "The guardian's contact id.")
        private long guardian;

        UnlinkGuardian(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.actor();
            Contact p = require(context, pupil);
            Contact g = require(context, guardian);
            context.contacts().contacts().unlink(pupil, guardian);
            context.out().println(context.messages().get("cli.contacts.unlinked", g.displayName(), p.displayName()));
            return Cli.OK;
        }
    }
}
