package fr.missive.app.sandbox;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.letters.LetterTemplateService;
import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.contacts.importing.CsvInspection;
import fr.missive.app.contacts.importing.ImportProgress;
import fr.missive.app.contacts.importing.ImportRequest;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.letters.TemplateFile;
import fr.missive.app.users.UserDraft;
import fr.missive.i18n.Messages;
import fr.missive.mail.catcher.MailCatcher;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SendResult;
import fr.missive.model.sandbox.CaughtMessage;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample school of the sandbox (13 pupils and their 14 legal guardians, among them the
 * separated parents of Océane BÉGUÉ, at two addresses, one accepting e-mail and one not, and
 * M. Noé ØRSTED, guardian of Noël and Arthur): written once, on the first opening of the sandbox, through
 * the same use cases as a real set-up (the first-run set-up, the CSV importer, the letter
 * files, the account set-up and its verification code, received by the catcher). At every
 * opening the sandbox's accounts are pointed at the catcher's ports of the day.
 */
public final class DemoData {

    public static final String ADMIN = "Claire Martin";
    public static final String STAFF = "Paul Durand";
    public static final String PERSONAL_ACCOUNT = "Claire Martin";
    public static final String INSTITUTION_ACCOUNT = "Secrétariat";
    public static final String PERSONAL_ADDRESS = "claire.martin@college-jean-moulin.example.org";
    public static final String INSTITUTION_ADDRESS = "secretariat@college-jean-moulin.example.org";
    /** The addresses the catcher gives a mailbox with a Sent folder. */
    public static final List<String> MAILBOXES = List.of(PERSONAL_ADDRESS, INSTITUTION_ADDRESS);

    private static final String RESOURCES = "/fr/missive/sandbox/";
    private static final List<String> LETTERS = List.of("letters-absence.md", "letters-reunion.md",
            "letters-certificat.md");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    /** Not a secret: the catcher accepts any password. Stored encrypted all the same, as every password. */
    private static final String CATCHER_PASSWORD = "demonstration";

    private final SetupUseCases setup;
    private final AccountUseCases accounts;
    private final ContactUseCases contacts;
    private final LetterTemplateService letterTemplates;
    private final MailCatcher catcher;

    public DemoData(SetupUseCases setup, AccountUseCases accounts, ContactUseCases contacts,
                    LetterTemplateService letterTemplates, MailCatcher catcher) {
        this.setup = setup;
        this.accounts = accounts;
        this.contacts = contacts;
        this.letterTemplates = letterTemplates;
        this.catcher = catcher;
    }

    /** Writes the sample school when the sandbox is new, else points its accounts at today's catcher. */
    public void prepare() {
        if (!setup.firstRun().isInitialised()) {
            create();
            return;
        }
        setup.users().find(ADMIN).ifPresent(admin -> {
            for (AccountDraft draft : List.of(personal(), institution())) {
                if (accounts.accounts().list(admin).stream().anyMatch(a -> a.name().equals(draft.name()))) {
                    accounts.accounts().saveAnyway(admin, draft.name(), draft);
                }
            }
        });
    }

    private void create() {
        User admin = setup.firstRun().initialise(
                new InstitutionDraft("Collège Jean-Moulin", List.of("12 rue des Écoles"), "69003", "Lyon",
                        "04 72 00 00 00", "Secrétariat du collège Jean-Moulin"),
                null, new UserDraft(ADMIN, PERSONAL_ADDRESS, Role.ADMIN, null));
        setup.users().add(admin, new UserDraft(STAFF, "paul.durand@college-jean-moulin.example.org",
                Role.STAFF, null));
        importContacts();
        for (String letter : LETTERS) {
            letterTemplates.create(admin, TemplateFile.parse(resource(letter)));
        }
        accounts.accounts().saveAnyway(admin, personal());
        accounts.accounts().saveAnyway(admin, institution());
        verifyInstitutionAccount(admin);
    }

    private void importContacts() {
        try {
            Path csv = Files.createTempFile("missive-demo-contacts", ".csv");
            try {
                Files.writeString(csv, resource("contacts.csv"), StandardCharsets.UTF_8);
                CsvInspection inspection = contacts.csvInspector().inspect(csv);
                contacts.importer().run(new ImportRequest(inspection, inspection.suggestedMapping(),
                        ContactKind.PUPIL, false, "démonstration"), ImportProgress.NONE, () -> false);
            } finally {
                Files.deleteIfExists(csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As an administrator would: the code goes to the account's address, here the catcher, and is typed back. */
    private void verifyInstitutionAccount(User admin) {
        Messages messages = Messages.forLocale(Locale.getDefault());
        SendResult sent = accounts.verification().sendCode(admin, INSTITUTION_ACCOUNT, messages);
        if (sent instanceof SendResult.Failed failed) {
            throw new MissiveException(failed.diagnosis().message());
        }
        String code = catcher.messages().stream()
                .filter(m -> m.content().to().stream().anyMatch(to -> to.contains(INSTITUTION_ADDRESS)))
                .map(CaughtMessage::content).map(c -> CODE.matcher(c.text()))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new MissiveException(UserMessage.of("sandbox.noVerificationCode")));
        accounts.verification().verify(admin, INSTITUTION_ACCOUNT, code);
    }

    private AccountDraft personal() {
        return new AccountDraft(AccountKind.PERSONAL, PERSONAL_ACCOUNT, PERSONAL_ADDRESS, SettingsSource.OWN, null,
                smtp(), null, false, List.of(), ADMIN, imap(PERSONAL_ADDRESS));
    }

    private AccountDraft institution() {
        return new AccountDraft(AccountKind.INSTITUTION, INSTITUTION_ACCOUNT, INSTITUTION_ADDRESS, SettingsSource.OWN,
                null, smtp(), null, false, List.of(ADMIN, STAFF), null, imap(INSTITUTION_ADDRESS));
    }

    /** Plain SMTP without sign-in: the catcher is on the loopback address and nothing else is allowed. */
    private SmtpDraft smtp() {
        return new SmtpDraft(MailCatcher.HOST, catcher.smtpPort(), Security.NONE, null, null, null, false);
    }

    private ImapDraft imap(String address) {
        return new ImapDraft(MailCatcher.HOST, catcher.imapPort(), Security.NONE, address,
                CATCHER_PASSWORD.toCharArray(), MailCatcher.SENT_FOLDER);
    }

    private static String resource(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demonstration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
