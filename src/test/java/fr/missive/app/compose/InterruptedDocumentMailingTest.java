package fr.missive.app.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.ValidationException;
import fr.missive.app.letters.mailing.InterruptedMailings;
import fr.missive.mail.Attachments;
import fr.missive.mail.ReceivedMail;
import fr.missive.model.contacts.Contact;
import fr.missive.model.users.User;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document sent to 120 families and two typed addresses whose queueing is cut after its first
 * chunk of 50 (a failure thrown once that chunk is committed, as a power cut would leave it): the
 * next opening of the data folder names exactly the e-mails not queued, and resuming queues each
 * of them once, with the document read and the message merged as first written; each family then
 * receives it exactly once (GreenMail on loopback).
 */
@ExtendWith(DataFolderExtension.class)
class InterruptedDocumentMailingTest {

    private static final String SUBJECT = "Calendrier — {{first_name}}";

    @TempDir
    Path folder;

    private DataFolders dataFolders;
    private ComposeFixture f;
    private OpenDataFolder services;
    private User claire;
    private Path calendar;
    private final List<Contact> families = new ArrayList<>();

    @BeforeEach
    void open(DataFolders folders) throws Exception {
        dataFolders = folders;
        f = new ComposeFixture(folders, folder.resolve("data"));
        services = f.services;
        claire = f.claire;
        for (int i = 1; i <= 120; i++) {
            families.add(f.contact("Léa", "FAMILLE" + i, "famille" + i + "@example.fr", true));
        }
        calendar = Files.writeString(folder.resolve("Calendrier 2026-2027.odt"), "calendrier de l'année");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private DocumentDraft draft() {
        return new DocumentDraft("Secrétariat", families, "direction@college-test.fr, cpe@college-test.fr",
                List.of(calendar), null, SUBJECT, "Bonjour,\nvoici le calendrier de {{first_name}}.",
                "Le secrétariat", Locale.FRENCH, null, true);
    }

    /** Queues the document and cuts it short once the first chunk of 50 is committed; the names not queued. */
    private List<String> cutAfterTheFirstChunk() {
        DocumentDraft draft = draft();
        DocumentPlan plan = services.compose().documentSending().plan(claire, draft);
        assertThat(plan.mails()).hasSize(122);
        List<String> notQueued = plan.mails().subList(50, 122).stream().map(m -> m.message().recipientName())
                .toList();
        assertThatThrownBy(() -> services.compose().documentSending().send(claire, draft, plan, queued -> {
            if (queued == 50) {
                throw new IllegalStateException("power cut");
            }
        })).hasMessage("power cut");
        return notQueued;
    }

    /** Closes the data folder as quitting Missive does, and opens it again as the next start. */
    private void reopen() {
        services.close();
        services = dataFolders.open(folder.resolve("data"));
        claire = services.setup().users().find("Claire Martin").orElseThrow();
    }

    @Test
    void aDocumentMailingCutShortNamesTheEmailsNotQueuedAndResumingSendsEachFamilyItOnce() throws Exception {
        List<String> notQueued = cutAfterTheFirstChunk();

        reopen();
        List<InterruptedMailings.Interrupted> found = services.letters().interrupted().list(claire);

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo(SUBJECT);
            assertThat(i.accountName()).isEqualTo("Secrétariat");
            assertThat(i.planned()).isEqualTo(122);
            assertThat(i.notQueued()).containsExactlyElementsOf(notQueued)
                    .startsWith("Léa FAMILLE51").endsWith("direction@college-test.fr", "cpe@college-test.fr");
        });

        int queued = services.letters().interrupted().resume(claire, found.get(0).shortKey(), (done, total) -> { },
                () -> false).queued();

        assertThat(queued).isEqualTo(72);
        assertThat(services.letters().interrupted().list(claire)).isEmpty();
        services.outbox().outbox().worker().runForeground(true, Duration.ofSeconds(60));
        MimeMessage[] received = f.greenMail.getReceivedMessages();
        List<String> to = Arrays.stream(received).map(InterruptedDocumentMailingTest::to).toList();
        assertThat(to).hasSize(122).doesNotHaveDuplicates().contains("famille120@example.fr",
                "direction@college-test.fr", "cpe@college-test.fr");
        MimeMessage last = Arrays.stream(received).filter(m -> to(m).equals("famille120@example.fr")).findFirst()
                .orElseThrow();
        // Merged and attached as the first sending was, read receipt included.
        assertThat(ReceivedMail.subject(last)).isEqualTo("Calendrier — Léa");
        assertThat(ReceivedMail.firstText(last)).contains("voici le calendrier de Léa.");
        assertThat(Attachments.of(last)).singleElement().asString().contains("calendrier de l'année");
        assertThat(last.getHeader("Disposition-Notification-To")).isNotNull();
    }

    @Test
    void droppingTheRestKeepsWhatWasQueuedAndOffersItNoMore() {
        cutAfterTheFirstChunk();
        reopen();
        String key = services.letters().interrupted().list(claire).get(0).shortKey();

        services.letters().interrupted().drop(claire, key);

        assertThat(services.letters().interrupted().list(claire)).isEmpty();
        assertThat(services.outbox().outbox().list(claire)).hasSize(50);
    }

    @Test
    void aDocumentGoneBeforeTheRestIsQueuedIsSaidAndTheMailingStaysOffered() throws Exception {
        cutAfterTheFirstChunk();
        reopen();
        Files.delete(calendar);
        String key = services.letters().interrupted().list(claire).get(0).shortKey();

        assertThatThrownBy(() -> services.letters().interrupted().resume(claire, key, (done, total) -> { },
                () -> false)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("files")).hasValueSatisfying(
                                m -> assertThat(m.key()).isEqualTo("document.fileMissing")));

        assertThat(services.letters().interrupted().list(claire)).singleElement()
                .satisfies(i -> assertThat(i.notQueued()).hasSize(72));
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
