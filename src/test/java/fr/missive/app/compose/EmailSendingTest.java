package fr.missive.app.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.Wiring;
import fr.missive.app.Services;
import fr.missive.app.ValidationException;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.compose.MessageTemplate;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One e-mail merged for each contact, queued in a real outbox and delivered to GreenMail. */
class EmailSendingTest {

    @TempDir
    Path folder;

    private GreenMail greenMail;
    private Services services;
    private User claire;

    @BeforeEach
    void open() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        services = Wiring.open(folder, () -> { });
        services.firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                "69003", "Lyon", "", ""), null, new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN,
                null));
        claire = services.users().find("Claire Martin").orElseThrow();
        services.accounts().saveAnyway(claire, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
    }

    @AfterEach
    void close() {
        services.close();
        greenMail.stop();
    }

    private Contact contact(String first, String last, String email, boolean consent) {
        return services.contacts().save(claire, new ContactDraft(null, ContactKind.GUARDIAN, "", first, last, "3e A",
                List.of("1 rue Haute"), "69003", "Lyon", "", email, consent, Map.of()));
    }

    private EmailDraft draft(List<Contact> contacts, String others, String signature) {
        return new EmailDraft("Secrétariat", contacts, others, "Réunion pour {{first_name}}",
                "Bonjour {{first_name}} {{last_name}},\nla réunion du {{institution_name}} a lieu jeudi.", signature,
                List.of(new Attachment("ordre-du-jour.txt", "text/plain", "1. Accueil".getBytes(StandardCharsets.UTF_8))),
                Locale.FRENCH, null);
    }

    @Test
    void eachReachableContactGetsTheirOwnMergedCopyAndTheOthersAreSkippedWithTheReason() throws Exception {
        List<Contact> chosen = List.of(contact("Lucas", "BÈGUE", "lucas.begue@example.fr", true),
                contact("Inès", "SIMON", "ines.simon@example.fr", false), contact("Noé", "MARTIN", "", true),
                contact("Léa", "ROUX", "lea.roux@example.fr", true));

        EmailPlan plan = services.emailSending().send(claire, draft(chosen, "direction@college-test.fr",
                "Claire Martin\nSecrétariat"));

        assertThat(plan.skipped()).extracting(s -> s.contact().firstName(), s -> s.reason().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Inès", "compose.skipped.noConsent"),
                org.assertj.core.groups.Tuple.tuple("Noé", "compose.skipped.noEmail"));
        services.outbox().worker().runForeground(true, Duration.ofSeconds(30));
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage lucas = Arrays.stream(received).filter(m -> to(m).equals("lucas.begue@example.fr")).findFirst()
                .orElseThrow();
        assertThat(lucas.getSubject()).isEqualTo("Réunion pour Lucas");
        String text = firstText(lucas);
        assertThat(text).contains("Bonjour Lucas BÈGUE,").contains("réunion du Collège Jean Moulin")
                .contains("-- \r\nClaire Martin\r\nSecrétariat");
        assertThat(GreenMailUtil.getWholeMessage(lucas)).contains("ordre-du-jour.txt");
        MimeMessage direction = Arrays.stream(received).filter(m -> to(m).equals("direction@college-test.fr"))
                .findFirst().orElseThrow();
        assertThat(firstText(direction)).contains("Bonjour {{first_name}} {{last_name}},");
        // The log names the contact each copy concerned; a typed address concerns nobody.
        List<fr.missive.model.sentlog.SentEntry> logged = services.sentLog().list(claire,
                new fr.missive.model.sentlog.SentFilter(java.util.Set.of(), null, null, null, null));
        assertThat(logged).extracting(e -> e.recipients().get(0), e -> e.origin().contactNames()).containsOnly(
                org.assertj.core.groups.Tuple.tuple("lucas.begue@example.fr", chosen.get(0).displayName()),
                org.assertj.core.groups.Tuple.tuple("lea.roux@example.fr", chosen.get(3).displayName()),
                org.assertj.core.groups.Tuple.tuple("direction@college-test.fr", ""));
        assertThat(logged).filteredOn(e -> !e.origin().contacts().isEmpty())
                .allSatisfy(e -> assertThat(e.origin().contacts().get(0).id()).isIn(chosen.get(0).id(),
                        chosen.get(3).id()));
    }

    @Test
    void theChosenSignatureUnchangedAddsAnHtmlCopyWithItsFormattedTextAndImage() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        fr.missive.model.signatures.Signature signature = services.signatures().save(claire,
                new fr.missive.app.signatures.SignatureDraft(null, null, "Scan", "Claire Martin",
                        "**Claire Martin** pour {{institution_name}}", png, "image/png", true));
        Contact lucas = contact("Lucas", "BÈGUE", "lucas.begue@example.fr", true);
        EmailDraft plain = draft(List.of(lucas), "", "Claire Martin");
        EmailDraft chosen = new EmailDraft(plain.accountName(), plain.contacts(), "", plain.subject(), plain.body(),
                "Claire Martin", List.of(), Locale.FRENCH, signature);

        services.emailSending().send(claire, chosen);
        services.outbox().worker().runForeground(true, Duration.ofSeconds(30));

        String whole = GreenMailUtil.getWholeMessage(greenMail.getReceivedMessages()[0]);
        assertThat(whole).contains("multipart/alternative").contains("multipart/related")
                .contains("Content-ID: <signature@missive>");
        assertThat(services.emailSending().plan(claire, chosen).messages().get(0).html())
                .contains("<b>Claire Martin</b> pour Collège Jean Moulin").contains("cid:signature@missive")
                .contains("Bonjour Lucas BÈGUE,<br>");
        EmailDraft changed = new EmailDraft(plain.accountName(), plain.contacts(), "", plain.subject(), plain.body(),
                "C. Martin", List.of(), Locale.FRENCH, signature);
        assertThat(services.emailSending().plan(claire, changed).messages().get(0).html()).isNull();
    }

    @Test
    void refusesABadTypedAddressAndASelectionNobodyCanReceive() {
        Contact noConsent = contact("Inès", "SIMON", "ines.simon@example.fr", false);
        assertThatThrownBy(() -> services.emailSending().plan(claire, draft(List.of(), "pas une adresse", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("others")).isPresent());
        assertThatThrownBy(() -> services.emailSending().plan(claire, draft(List.of(noConsent), "", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("recipients"))
                        .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("compose.nobodyReachable")));
        assertThat(services.outbox().waiting()).isZero();
    }

    @Test
    void aSavedTemplateComesBackAndSavingTheSameDesignationReplacesIt() {
        services.messageTemplates().save(claire, "Réunion", "Réunion", "Bonjour {{first_name}}");
        MessageTemplate replaced = services.messageTemplates().save(claire, " réunion ", "Réunion jeudi",
                "Bonjour {{first_name}},\nà jeudi.");
        assertThat(services.messageTemplates().list(claire)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(replaced.id());
            assertThat(t.subject()).isEqualTo("Réunion jeudi");
            assertThat(t.body()).isEqualTo("Bonjour {{first_name}},\nà jeudi.");
        });
        assertThatThrownBy(() -> services.messageTemplates().save(claire, "", "x", "y"))
                .isInstanceOf(ValidationException.class);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstText(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof MimeMultipart multipart) {
            return multipart.getBodyPart(0).getContent().toString();
        }
        return content.toString();
    }
}
