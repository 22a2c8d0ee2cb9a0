package fr.missive.app.compose;

import static fr.missive.mail.ReceivedMail.firstText;
import static fr.missive.mail.ReceivedMail.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.ValidationException;
import fr.missive.mail.Attachments;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.Contact;
import jakarta.mail.internet.MimeMessage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
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

/** Documents sent through a real outbox to GreenMail: each recipient's own file, or the same files to all. */
@ExtendWith(DataFolderExtension.class)
class DocumentSendingTest {

    @TempDir
    Path folder;

    private ComposeFixture f;
    private Path reports;

    @BeforeEach
    void open(DataFolders dataFolders) throws Exception {
        f = new ComposeFixture(dataFolders, folder.resolve("data"));
        reports = Files.createDirectories(folder.resolve("bulletins"));
    }

    @AfterEach
    void close() {
        f.close();
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
        Contact eloise = f.contact("Éloïse", "BÉGUÉ", "eloise@example.fr", true);
        Contact marie = f.contact("Marie", "DUPONT", "dupont@example.fr", true);
        Contact marieClaire = f.contact("Marie-Claire", "DUPONT", "dupont@example.fr", true);
        Contact noFile = f.contact("Paul", "AUBRY", "aubry@example.fr", true);
        Contact twoFiles = f.contact("Léa", "ROUX", "roux@example.fr", true);
        Contact noConsent = f.contact("Inès", "SIMON", "simon@example.fr", false);
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
        DocumentPlan plan = f.services.compose().documentSending().plan(f.claire, draft);

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
        assertThat(f.greenMail.getReceivedMessages()).isEmpty();

        assertThat(f.services.compose().documentSending().send(f.claire, draft, plan)).isEqualTo(3);
        f.services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));

        MimeMessage[] received = f.greenMail.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage toEloise = Arrays.stream(received).filter(m -> subject(m).equals("Bulletin de Éloïse"))
                .findFirst().orElseThrow();
        assertThat(toEloise.getAllRecipients()[0].toString()).isEqualTo("eloise@example.fr");
        assertThat(Attachments.of(toEloise)).containsExactly("BEGUE_Eloise_bulletin.pdf application/pdf "
                + "%PDF-1.4 bulletin of BEGUE_Eloise_bulletin.pdf");
        assertThat(firstText(toEloise)).contains("Bonjour Éloïse,").contains("-- \r\nLe secrétariat");
        // One family address, two pupils: each sister's report goes in her own e-mail.
        assertThat(Arrays.stream(received).filter(m -> subject(m).startsWith("Bulletin de Marie"))
                .map(Attachments::of).toList()).containsExactlyInAnyOrder(
                List.of("bulletin-marie-dupont.pdf application/pdf %PDF-1.4 bulletin of bulletin-marie-dupont.pdf"),
                List.of("DUPONT_Marie-Claire_bulletin.pdf application/pdf "
                        + "%PDF-1.4 bulletin of DUPONT_Marie-Claire_bulletin.pdf"));
    }

    @Test
    void theSameFilesGoToEveryRecipientAndTypedAddress() throws Exception {
        Contact lucas = f.contact("Lucas", "BÈGUE", "lucas@example.fr", true);
        Path calendar = Files.writeString(folder.resolve("Calendrier 2026-2027.odt"), "calendrier");
        Path menu = Files.write(folder.resolve("menu.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        int queued = f.services.compose().documentSending().send(f.claire, draft(List.of(lucas), "direction@college-test.fr",
                List.of(calendar, menu), null)).mails().size();
        f.services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(30));

        assertThat(queued).isEqualTo(2);
        assertThat(f.greenMail.getReceivedMessages()).hasSize(2).allSatisfy(m -> assertThat(Attachments.of(m))
                .extracting(a -> a.substring(0, a.lastIndexOf(' '))).containsExactly(
                        "Calendrier 2026-2027.odt application/vnd.oasis.opendocument.text",
                        "menu.png image/png"));
    }

    @Test
    void aMessageHeavierThanTheProviderTakesIsAWarningBeforeSending() throws Exception {
        Contact marie = f.contact("Marie", "DUPONT", "dupont@example.fr", true);
        try (RandomAccessFile scan = new RandomAccessFile(reports.resolve("DUPONT_Marie_scan.pdf").toFile(), "rw")) {
            scan.setLength(16L * 1024 * 1024);
        }

        DocumentPlan plan = f.services.compose().documentSending().plan(f.claire, draft(List.of(marie), "", List.of(), reports));

        assertThat(plan.sizeLimit()).isEqualTo(20L * 1024 * 1024);
        assertThat(plan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("document.warning.tooLarge");
            assertThat(w.args()).hasSize(4).startsWith(1, "Marie DUPONT");
            assertThat(Messages.forLocale(Messages.FRENCH).get(w)).contains("(20,0 Mo)").contains("jusqu’à 21,3 Mo");
            assertThat(Messages.forLocale(Messages.ENGLISH).get(w)).contains("(20.0 MB)").contains("up to 21.3 MB");
        });
    }

    @Test
    void anEmailThatCannotBeBuiltIsLeftOutNamedAndTheOthersAreQueued() throws Exception {
        Contact anne = f.contact("Anne", "AUBRY", "aubry@example.fr", true);
        Contact marie = f.contact("Marie", "DUPONT", "dupont@example.fr", true);
        Contact zoe = f.contact("Zoé", "ZOLA", "zola@example.fr", true);
        report("AUBRY_Anne.pdf");
        Path maries = report("DUPONT_Marie.pdf");
        report("ZOLA_Zoe.pdf");
        DocumentDraft draft = draft(List.of(anne, marie, zoe), "", List.of(), reports);
        DocumentPlan plan = f.services.compose().documentSending().plan(f.claire, draft);
        Files.delete(maries); // gone between the summary and "Send", as a file moved meanwhile

        assertThatThrownBy(() -> f.services.compose().documentSending().send(f.claire, draft, plan))
                .isInstanceOfSatisfying(DocumentsNotQueuedException.class, e -> {
                    assertThat(e.queued()).isEqualTo(2);
                    assertThat(e.notQueued()).singleElement().satisfies(n -> {
                        assertThat(n.recipient()).isEqualTo("Marie DUPONT");
                        assertThat(n.reason().key()).isEqualTo("document.fileUnreadable");
                    });
                    assertThat(Messages.forLocale(Messages.FRENCH).get(e.userMessage()))
                            .startsWith("2 e-mails ont été mis dans la boîte d’envoi").contains("Marie DUPONT");
                    assertThat(Messages.forLocale(Messages.ENGLISH).get(e.userMessage()))
                            .contains("Not queued, one recipient: Marie DUPONT.");
                });
        assertThat(f.services.outbox().outbox().list(f.claire)).flatExtracting(e -> e.recipients())
                .containsExactlyInAnyOrder("aubry@example.fr", "zola@example.fr");
        // Told there and then which could not go: not offered again as a mailing cut short.
        assertThat(f.services.letters().interrupted().list(f.claire)).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsQueued() throws Exception {
        Contact paul = f.contact("Paul", "AUBRY", "aubry@example.fr", true);
        Path empty = Files.createDirectories(folder.resolve("vide"));

        assertThatThrownBy(() -> f.services.compose().documentSending().plan(f.claire, draft(List.of(paul), "pas une adresse",
                List.of(folder.resolve("absent.pdf")), empty)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorFor("others")).isPresent();
                    assertThat(e.errorFor("files")).hasValueSatisfying(m -> assertThat(m.key())
                            .isEqualTo("document.fileMissing"));
                    assertThat(e.errorFor("folder")).hasValueSatisfying(m -> assertThat(m.key())
                            .isEqualTo("document.folderEmpty"));
                });
        assertThatThrownBy(() -> f.services.compose().documentSending().plan(f.claire, draft(List.of(paul), "", List.of(), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("files"))
                        .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("document.noDocument")));
        report("ZOLA_Emile.pdf");
        DocumentDraft nobody = draft(List.of(paul), "", List.of(), reports);
        DocumentPlan plan = f.services.compose().documentSending().plan(f.claire, nobody);
        assertThat(plan.mails()).isEmpty();
        assertThatThrownBy(() -> f.services.compose().documentSending().send(f.claire, nobody, plan))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("recipients"))
                        .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("document.nothingToSend")));
        assertThat(f.services.outbox().outbox().waiting()).isZero();
    }
}
