package fr.missive.app.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.Wiring;
import fr.missive.app.Services;
import fr.missive.app.ValidationException;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents sent through a real outbox to GreenMail: each recipient's own file, or the same files to all. */
class DocumentSendingTest {

    @TempDir
    Path folder;

    private GreenMail greenMail;
    private Services services;
    private User claire;
    private Path reports;

    @BeforeEach
    void open() throws Exception {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        services = Wiring.open(folder.resolve("data"), () -> { });
        services.firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                "69003", "Lyon", "", ""), null, new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN,
                null));
        claire = services.users().find("Claire Martin").orElseThrow();
        services.accounts().saveAnyway(claire, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
        reports = Files.createDirectories(folder.resolve("bulletins"));
    }

    @AfterEach
    void close() {
        services.close();
        greenMail.stop();
    }

    private Contact contact(String first, String last, String email, boolean consent) {
        return services.contacts().save(claire, new ContactDraft(null, ContactKind.PUPIL, "", first, last, "3e A",
                List.of("1 rue Haute"), "69003", "Lyon", "", email, consent, Map.of()));
    }

    private Path report(String name) throws Exception {
        return Files.writeString(reports.resolve(name), "%PDF-1.4 bulletin of " + name);
    }

    private DocumentDraft draft(List<Contact> contacts, String others, List<Path> files, Path perRecipient) {
        return new DocumentDraft("Secrétariat", contacts, others, files, perRecipient, "Bulletin de {{first_name}}",
                "Bonjour {{first_name}},\nvoici le bulletin du premier trimestre.", "Le secrétariat",
                Locale.FRENCH, null);
    }

    @Test
    void eachRecipientGetsTheFileBearingTheirNameAndTheOthersAreToldWhy() throws Exception {
        Contact eloise = contact("Éloïse", "BÉGUÉ", "eloise@example.fr", true);
        Contact marie = contact("Marie", "DUPONT", "dupont@example.fr", true);
        Contact marieClaire = contact("Marie-Claire", "DUPONT", "dupont@example.fr", true);
        Contact noFile = contact("Paul", "AUBRY", "aubry@example.fr", true);
        Contact twoFiles = contact("Léa", "ROUX", "roux@example.fr", true);
        Contact noConsent = contact("Inès", "SIMON", "simon@example.fr", false);
        report("BEGUE_Eloise_bulletin.pdf");
        report("bulletin-marie-dupont.pdf");
        report("DUPONT_Marie-Claire_bulletin.pdf");
        report("ROUX_Lea_T1.pdf");
        report("ROUX_Lea_T2.pdf");
        report("SIMON_Ines.pdf");
        report("ZOLA_Emile.pdf");
        Files.writeString(reports.resolve(".~lock.BEGUE_Eloise_bulletin.pdf#"), "lock");

        DocumentDraft draft = draft(List.of(eloise, marie, marieClaire, noFile, twoFiles, noConsent),
                "direction@college-test.fr", List.of(), reports);
        DocumentPlan plan = services.documentSending().plan(claire, draft);

        assertThat(plan.mails()).extracting(m -> m.message().recipientName(), m -> m.ownFile().getFileName().toString())
                .containsExactly(tuple("Éloïse BÉGUÉ", "BEGUE_Eloise_bulletin.pdf"),
                        tuple("Marie DUPONT", "bulletin-marie-dupont.pdf"),
                        tuple("Marie-Claire DUPONT", "DUPONT_Marie-Claire_bulletin.pdf"));
        assertThat(plan.skipped()).extracting(DocumentPlan.Skipped::recipient, s -> s.reason().key()).containsExactly(
                tuple("Paul AUBRY", "document.skipped.noFile"),
                tuple("Léa ROUX", "document.skipped.severalFiles"),
                tuple("Inès SIMON", "compose.skipped.noConsent"),
                tuple("direction@college-test.fr", "document.skipped.typedAddress"));
        assertThat(plan.unmatchedFiles()).containsExactly("ZOLA_Emile.pdf");
        assertThat(plan.warnings()).isEmpty();
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        assertThat(services.documentSending().send(claire, draft, plan)).isEqualTo(3);
        services.outbox().worker().runForeground(true, Duration.ofSeconds(30));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage toEloise = Arrays.stream(received).filter(m -> subject(m).equals("Bulletin de Éloïse"))
                .findFirst().orElseThrow();
        assertThat(toEloise.getAllRecipients()[0].toString()).isEqualTo("eloise@example.fr");
        assertThat(attachments(toEloise)).containsExactly("BEGUE_Eloise_bulletin.pdf application/pdf "
                + "%PDF-1.4 bulletin of BEGUE_Eloise_bulletin.pdf");
        assertThat(text(toEloise)).contains("Bonjour Éloïse,").contains("-- \r\nLe secrétariat");
        // One family address, two pupils: each sister's report goes in her own e-mail.
        assertThat(Arrays.stream(received).filter(m -> subject(m).startsWith("Bulletin de Marie"))
                .map(DocumentSendingTest::attachments).toList()).containsExactlyInAnyOrder(
                List.of("bulletin-marie-dupont.pdf application/pdf %PDF-1.4 bulletin of bulletin-marie-dupont.pdf"),
                List.of("DUPONT_Marie-Claire_bulletin.pdf application/pdf "
                        + "%PDF-1.4 bulletin of DUPONT_Marie-Claire_bulletin.pdf"));
    }

    @Test
    void theSameFilesGoToEveryRecipientAndTypedAddress() throws Exception {
        Contact lucas = contact("Lucas", "BÈGUE", "lucas@example.fr", true);
        Path calendar = Files.writeString(folder.resolve("Calendrier 2026-2027.odt"), "calendrier");
        Path menu = Files.write(folder.resolve("menu.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        int queued = services.documentSending().send(claire, draft(List.of(lucas), "direction@college-test.fr",
                List.of(calendar, menu), null)).mails().size();
        services.outbox().worker().runForeground(true, Duration.ofSeconds(30));

        assertThat(queued).isEqualTo(2);
        assertThat(greenMail.getReceivedMessages()).hasSize(2).allSatisfy(m -> assertThat(attachments(m))
                .extracting(a -> a.substring(0, a.lastIndexOf(' '))).containsExactly(
                        "Calendrier 2026-2027.odt application/vnd.oasis.opendocument.text",
                        "menu.png image/png"));
    }

    @Test
    void aMessageHeavierThanTheProviderTakesIsAWarningBeforeSending() throws Exception {
        Contact marie = contact("Marie", "DUPONT", "dupont@example.fr", true);
        try (RandomAccessFile scan = new RandomAccessFile(reports.resolve("DUPONT_Marie_scan.pdf").toFile(), "rw")) {
            scan.setLength(16L * 1024 * 1024);
        }

        DocumentPlan plan = services.documentSending().plan(claire, draft(List.of(marie), "", List.of(), reports));

        assertThat(plan.sizeLimit()).isEqualTo(20L * 1024 * 1024);
        assertThat(plan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("document.warning.tooLarge");
            assertThat(w.args()).containsExactly(1, "Marie DUPONT", "21.3", "20.0");
        });
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsQueued() throws Exception {
        Contact paul = contact("Paul", "AUBRY", "aubry@example.fr", true);
        Path empty = Files.createDirectories(folder.resolve("vide"));

        assertThatThrownBy(() -> services.documentSending().plan(claire, draft(List.of(paul), "pas une adresse",
                List.of(folder.resolve("absent.pdf")), empty)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorFor("others")).isPresent();
                    assertThat(e.errorFor("files")).hasValueSatisfying(m -> assertThat(m.key())
                            .isEqualTo("document.fileMissing"));
                    assertThat(e.errorFor("folder")).hasValueSatisfying(m -> assertThat(m.key())
                            .isEqualTo("document.folderEmpty"));
                });
        assertThatThrownBy(() -> services.documentSending().plan(claire, draft(List.of(paul), "", List.of(), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("files"))
                        .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("document.noDocument")));
        report("ZOLA_Emile.pdf");
        DocumentDraft nobody = draft(List.of(paul), "", List.of(), reports);
        DocumentPlan plan = services.documentSending().plan(claire, nobody);
        assertThat(plan.mails()).isEmpty();
        assertThatThrownBy(() -> services.documentSending().send(claire, nobody, plan))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("recipients"))
                        .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("document.nothingToSend")));
        assertThat(services.outbox().waiting()).isZero();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
    }

    /** "name type content" of each attachment. */
    static List<String> attachments(MimeMessage message) {
        try {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    String type = part.getContentType().split(";")[0].strip();
                    found.add(part.getFileName() + " " + type + " "
                            + new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
