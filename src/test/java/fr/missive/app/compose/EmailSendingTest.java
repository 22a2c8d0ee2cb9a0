package fr.missive.app.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.ValidationException;
import fr.missive.model.compose.MessageTemplate;
import fr.missive.model.contacts.Contact;
import fr.missive.model.mail.Attachment;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One e-mail merged for each contact, queued in a real outbox and delivered to GreenMail. */
@ExtendWith(DataFolderExtension.class)
class EmailSendingTest {

    @TempDir
    Path folder;

    private ComposeFixture f;

    @BeforeEach
    void open(DataFolders dataFolders) throws Exception {
        f = new ComposeFixture(dataFolders, folder);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private EmailDraft draft(List<Contact> contacts, String others, String signature) {
        return new EmailDraft("Secrétariat", contacts, others, "Réunion pour {{first_name}}",
                "Bonjour {{first_name}} {{last_name}},\nla réunion du {{institution_name}} a lieu jeudi.", signature,
                List.of(new Attachment("ordre-du-jour.txt", "text/plain", "1. Accueil".getBytes(StandardCharsets.UTF_8))),
                Locale.FRENCH, null);
    }

    @Test
    void eachReachableContactGetsTheirOwnMergedCopyAndTheOthersAreSkippedWithTheReason() throws Exception {
        List<Contact> chosen = List.of(f.contact("Lucas", "BÈGUE", "lucas.begue@example.fr", true),
                f.contact("Inès", "SIMON", "ines.simon@example.fr", false), f.contact("Noé", "MARTIN", "", true),
                f.contact("Léa", "ROUX", "lea.roux@example.fr", true));

        EmailPlan plan = f.services.compose().emailSending().send(f.claire, draft(chosen, "direction@college-test.fr",
                "Claire Martin\nSecrétariat"));

        assertThat(plan.skipped()).extracting(s -> s.contact().firstName(), s -> s.reason().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Inès", "compose.skipped.noConsent"),
                org.assertj.core.groups.Tuple.tuple("Noé", "compose.skipped.noEmail"));
        f.services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));
        MimeMessage[] received = f.greenMail.getReceivedMessages();
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
        List<fr.missive.model.sentlog.SentEntry> logged = f.services.sentLog().list(f.claire,
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
    void theChosenSignatureUnchangedGoesInTheHtmlCopyWithItsFormattedTextAndImage() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        fr.missive.model.signatures.Signature signature = f.services.compose().signatures().save(f.claire,
                new fr.missive.app.signatures.SignatureDraft(null, null, "Scan", "Claire Martin",
                        "**Claire Martin** pour {{institution_name}}", png, "image/png", true));
        Contact lucas = f.contact("Lucas", "BÈGUE", "lucas.begue@example.fr", true);
        EmailDraft plain = draft(List.of(lucas), "", "Claire Martin");
        EmailDraft chosen = new EmailDraft(plain.accountName(), plain.contacts(), "", plain.subject(), plain.body(),
                "Claire Martin", List.of(), Locale.FRENCH, signature);

        f.services.compose().emailSending().send(f.claire, chosen);
        f.services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));

        String whole = GreenMailUtil.getWholeMessage(f.greenMail.getReceivedMessages()[0]);
        assertThat(whole).contains("multipart/alternative").contains("multipart/related")
                .contains("Content-ID: <signature@missive>");
        assertThat(f.services.compose().emailSending().plan(f.claire, chosen).messages().get(0).html())
                .contains("<strong>Claire Martin</strong> pour Collège Jean Moulin").contains("cid:signature@missive")
                .contains("Bonjour Lucas BÈGUE,<br>");
        EmailDraft changed = new EmailDraft(plain.accountName(), plain.contacts(), "", plain.subject(), plain.body(),
                "C. Martin", List.of(), Locale.FRENCH, signature);
        // Changed for this message: the HTML copy carries the typed signature, without the image.
        assertThat(f.services.compose().emailSending().plan(f.claire, changed).messages().get(0).html())
                .contains("C. Martin").doesNotContain("cid:signature@missive").doesNotContain("<strong>");
    }

    @Test
    void aFormattedBodyGoesAsReadablePlainTextAndAsHtmlInOneAlternative() throws Exception {
        Contact lucas = f.contact("Lucas", "O'NEILL_*", "lucas.begue@example.fr", true);
        EmailDraft plain = draft(List.of(lucas), "", "Claire Martin");
        EmailDraft formatted = new EmailDraft(plain.accountName(), plain.contacts(), "", plain.subject(),
                "Bonjour **{{first_name}} {{last_name}}**,\napportez :\n\n- un *cahier*\n- un stylo", "Claire Martin",
                List.of(), Locale.FRENCH, null);

        f.services.compose().emailSending().send(f.claire, formatted);
        f.services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));

        MimeMessage received = f.greenMail.getReceivedMessages()[0];
        assertThat(GreenMailUtil.getWholeMessage(received)).contains("multipart/alternative").contains("text/html");
        assertThat(firstText(received).replace("\r\n", "\n")).isEqualTo(
                "Bonjour Lucas O'NEILL_*,\napportez :\n\n- un cahier\n- un stylo\n\n-- \nClaire Martin");
        assertThat(f.services.compose().emailSending().plan(f.claire, formatted).messages().get(0).html())
                .contains("Bonjour <strong>Lucas O&#39;NEILL_*</strong>,<br>apportez :")
                .contains("<li style=\"margin:0 0 4px 0;\"><p style=\"margin:0 0 4px 0;\">un <em>cahier</em></p>")
                .contains("-- <br>").contains("Claire Martin").doesNotContain("**");
    }

    @Test
    void refusesABadTypedAddressAndASelectionNobodyCanReceive() {
        Contact noConsent = f.contact("Inès", "SIMON", "ines.simon@example.fr", false);
        assertThatThrownBy(() -> f.services.compose().emailSending().plan(f.claire, draft(List.of(), "pas une adresse", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("others")).isPresent());
        assertThatThrownBy(() -> f.services.compose().emailSending().plan(f.claire, draft(List.of(noConsent), "", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("recipients"))
                        .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("compose.nobodyReachable")));
        assertThat(f.services.outbox().outbox().waiting()).isZero();
    }

    @Test
    void aSavedTemplateComesBackAndSavingTheSameDesignationReplacesIt() {
        f.services.compose().messageTemplates().save(f.claire, "Réunion", "Réunion", "Bonjour {{first_name}}");
        MessageTemplate replaced = f.services.compose().messageTemplates().save(f.claire, " réunion ", "Réunion jeudi",
                "Bonjour {{first_name}},\nà jeudi.");
        assertThat(f.services.compose().messageTemplates().list(f.claire)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(replaced.id());
            assertThat(t.subject()).isEqualTo("Réunion jeudi");
            assertThat(t.body()).isEqualTo("Bonjour {{first_name}},\nà jeudi.");
        });
        assertThatThrownBy(() -> f.services.compose().messageTemplates().save(f.claire, "", "x", "y"))
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
        return fr.missive.mail.ReceivedMail.firstText(message);
    }
}
