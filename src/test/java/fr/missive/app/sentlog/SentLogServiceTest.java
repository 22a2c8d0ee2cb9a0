package fr.missive.app.sentlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.mail.ScriptedSmtpServer;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.outbox.OutboxState;
import fr.missive.model.sentlog.SentAttachment;
import fr.missive.model.sentlog.SentEntry;
import fr.missive.model.sentlog.SentFilter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sent log over a real database: who sees what, search and filters, details, CSV, resend and purge. */
class SentLogServiceTest {

    private static final SentFilter ALL = new SentFilter(Set.of(), null, null, null, null);
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path folder;

    @Test
    void aStaffUserSeesTheirPersonalAccountAndTheInstitutionAccountsTheyAreAuthorisedOn() {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            long own = f.sent(f.paul, "famille1@college-test.fr", "Sortie", "Bonjour", NOW.minusSeconds(30));
            long shared = f.sent(f.secretariat, "famille2@college-test.fr", "Bulletin", "Bonjour", NOW.minusSeconds(20));
            long hidden = f.sent(f.direction, "famille3@college-test.fr", "Conseil", "Bonjour", NOW.minusSeconds(10));

            assertThat(f.log.list(f.staff, ALL)).extracting(SentEntry::id).containsExactly(shared, own);
            assertThat(f.log.list(f.admin, ALL)).extracting(SentEntry::id).containsExactly(hidden, shared, own);
            assertThat(f.log.visibleAccounts(f.staff)).extracting(a -> a.name())
                    .containsExactlyInAnyOrder("Paul", "Secrétariat");
            // Naming the hidden account in the filter shows nothing; asking for it by name or id is refused.
            assertThat(f.log.list(f.staff, ALL.withAccounts(Set.of(f.direction.id())))).isEmpty();
            assertThatThrownBy(() -> f.log.forAccount(f.staff, "Direction", ALL)).isInstanceOf(MissiveException.class);
            assertThatThrownBy(() -> f.log.details(f.staff, hidden)).isInstanceOf(MissiveException.class);
            assertThatThrownBy(() -> f.log.raw(f.staff, hidden)).isInstanceOf(MissiveException.class);
            assertThatThrownBy(() -> f.log.resend(f.staff, hidden, null)).isInstanceOf(MissiveException.class);
            assertThat(f.log.details(f.admin, hidden).accountName()).isEqualTo("Direction");
        }
    }

    @Test
    void searchFindsRecipientsSubjectAndBodyTextWithoutAccentsAndFiltersByDateAndStatus() {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            long bulletin = f.sent(f.secretariat, "famille.dupont@college-test.fr", "Bulletin du trimestre",
                    "Madame, voici le bulletin de votre enfant.", NOW.minus(Duration.ofDays(10)));
            long sortie = f.sent(f.secretariat, "famille.martin@college-test.fr", "Sortie scolaire",
                    "La sortie au musée aura lieu mardi.", NOW.minus(Duration.ofDays(3)));
            long failed = f.sent(f.secretariat, "famille.leroy@college-test.fr", "Absence", "Absence d'un élève",
                    NOW.minus(Duration.ofDays(1)));
            f.outboxStore.markFailed(failed, UserMessage.of("outbox.test"), "550 5.1.1 unknown",
                    List.of());

            assertThat(ids(f, search("dupont"))).containsExactly(bulletin);
            assertThat(ids(f, search("SCOLAIRE"))).containsExactly(sortie);
            assertThat(ids(f, search("musee mardi"))).containsExactly(sortie);
            assertThat(ids(f, search("eleve"))).containsExactly(failed);
            assertThat(ids(f, search("introuvable"))).isEmpty();
            assertThat(ids(f, new SentFilter(Set.of(), NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(2)),
                    null, null))).containsExactly(sortie);
            assertThat(ids(f, new SentFilter(Set.of(), null, null, Set.of(OutboxState.FAILED), null)))
                    .containsExactly(failed);
            assertThat(ids(f, new SentFilter(Set.of(), null, null, Set.of(OutboxState.SENT), null)))
                    .containsExactly(sortie, bulletin);
        }
    }

    @Test
    void theDetailsAreReadBackFromTheBytesThatLeft() {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            long id = f.sent(f.secretariat, "famille.dupont@college-test.fr", "Bulletin", "Voici le bulletin.",
                    NOW, "bulletin-dupont.pdf", "reglement.pdf");

            SentDetails details = f.log.details(f.staff, id);

            assertThat(details.accountName()).isEqualTo("Secrétariat");
            assertThat(details.content().to()).containsExactly("famille.dupont@college-test.fr");
            assertThat(details.content().text()).contains("Voici le bulletin.");
            assertThat(details.content().attachments()).containsExactly("bulletin-dupont.pdf", "reglement.pdf");
            assertThat(details.entry().serverReply()).startsWith("250 2.0.0");
            assertThat(details.entry().sentAt()).isEqualTo(NOW);
            assertThat(new String(f.log.raw(f.staff, id), StandardCharsets.US_ASCII))
                    .contains("Message-ID: " + details.entry().messageId());
        }
    }

    @Test
    void theCsvExportReadsBackWithEveryMessage() throws Exception {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            long first = f.sent(f.secretariat, "famille1@college-test.fr", "Réunion; parents \"3e\"", "Texte",
                    NOW.minusSeconds(60));
            long second = f.sent(f.paul, "famille2@college-test.fr", "Sortie", "Texte", NOW);
            List<SentEntry> entries = f.log.list(f.staff, ALL);
            StringWriter out = new StringWriter();

            new SentLogCsv(ZoneId.of("Europe/Paris")).write(entries, f.log.accountNames(f.staff), key -> key, out);

            try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
                    .setSkipHeaderRecord(true).get().parse(new StringReader(out.toString()))) {
                assertThat(parser.getHeaderNames()).containsExactlyElementsOf(SentLogCsv.HEADER);
                List<CSVRecord> rows = parser.getRecords();
                assertThat(rows).extracting(r -> r.get("id"))
                        .containsExactly(String.valueOf(second), String.valueOf(first));
                CSVRecord row = rows.get(1);
                assertThat(row.get("subject")).isEqualTo("Réunion; parents \"3e\"");
                assertThat(row.get("account")).isEqualTo("Secrétariat");
                assertThat(row.get("recipients")).isEqualTo("famille1@college-test.fr");
                assertThat(row.get("status")).isEqualTo("outbox.state.SENT");
                assertThat(row.get("server_reply")).startsWith("250");
            }
        }
    }

    @Test
    void theRetentionPurgeDeletesWhatIsOlderThanTheAdministratorsSetting() {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            long old = f.sent(f.paul, "famille1@college-test.fr", "L'an dernier", "Texte", NOW.minus(Duration.ofDays(400)));
            long recent = f.sent(f.paul, "famille2@college-test.fr", "Ce mois", "Texte", NOW.minus(Duration.ofDays(10)));
            assertThat(f.log.retentionDays()).isEqualTo(365);

            assertThat(f.log.purgeExpired()).isEqualTo(1);

            assertThat(ids(f, ALL)).containsExactly(recent);
            assertThat(f.store.mime(old)).isEmpty();
            assertThatThrownBy(() -> f.log.setRetentionDays(f.staff, 5)).isInstanceOf(MissiveException.class);
            assertThatThrownBy(() -> f.log.setRetentionDays(f.admin, 0)).isInstanceOf(ValidationException.class);
            f.log.setRetentionDays(f.admin, 5);
            assertThat(f.log.purgeExpired()).isEqualTo(1);
            assertThat(ids(f, ALL)).isEmpty();
        }
    }

    @Test
    void aDeletedContactsAddressCanBePurgedFromTheLogByAnAdministrator() {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            f.sent(f.paul, "Famille.Dupont@college-test.fr", "Un", "Texte", NOW.minusSeconds(20));
            long other = f.sent(f.paul, "famille.dupont2@college-test.fr", "Deux", "Texte", NOW);

            assertThatThrownBy(() -> f.log.purgeRecipient(f.staff, "famille.dupont@college-test.fr"))
                    .isInstanceOf(MissiveException.class);
            assertThat(f.log.purgeRecipient(f.admin, "famille.dupont@college-test.fr")).isEqualTo(1);
            assertThat(ids(f, ALL)).containsExactly(other);
        }
    }

    @Test
    void aResendGoesToTheCorrectedAddressWithANewMessageIdLinkedToTheFirst() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             SentLogFixture f = new SentLogFixture(folder, server.port())) {
            long first = f.sent(f.paul, "famille.dupnot@college-test.fr", "Bulletin", "Voici le bulletin.", NOW,
                    "bulletin.pdf");
            assertThatThrownBy(() -> f.log.resend(f.staff, first, "pas une adresse"))
                    .isInstanceOf(ValidationException.class);

            long again = f.log.resend(f.staff, first, "famille.dupont@college-test.fr");
            f.worker.runForeground(true, Duration.ofSeconds(30));

            SentEntry resent = f.log.require(f.staff, again);
            assertThat(resent.state()).isEqualTo(OutboxState.SENT);
            assertThat(resent.resendOf()).isEqualTo(first);
            assertThat(resent.recipients()).containsExactly("famille.dupont@college-test.fr");
            assertThat(resent.messageId()).isNotEqualTo(f.log.require(f.staff, first).messageId());
            assertThat(server.commands()).contains("RCPT TO:<famille.dupont@college-test.fr>");
            String delivered = server.messages().get(0);
            assertThat(delivered).contains("Message-ID: " + resent.messageId())
                    .contains("To: famille.dupont@college-test.fr").doesNotContain("dupnot");
            SentDetails details = f.log.details(f.staff, again);
            assertThat(details.content().attachments()).containsExactly("bulletin.pdf");
            assertThat(details.content().text()).contains("Voici le bulletin.");

            long same = f.log.resend(f.staff, first, null);
            f.worker.runForeground(true, Duration.ofSeconds(30));
            assertThat(f.log.require(f.staff, same).recipients()).containsExactly("famille.dupnot@college-test.fr");
            assertThat(server.messages()).hasSize(2);
        }
    }

    @Test
    void theLetterAndTheContactsConcernedAreKeptShownSearchedAndExported() throws Exception {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            MailOrigin about = new MailOrigin("Convocation conseil de discipline",
                    List.of(new MailOrigin.ContactRef(41, "Mme Dupont Amélie"), new MailOrigin.ContactRef(42, "Dupont Léo")));
            long letter = f.sent(f.secretariat, "famille.dupont@college-test.fr", "Convocation", "Madame,",
                    NOW.minusSeconds(10), about);
            long plain = f.sent(f.secretariat, "famille.martin@college-test.fr", "Sortie", "Bonjour", NOW);

            SentEntry entry = f.log.require(f.staff, letter);
            assertThat(entry.origin()).isEqualTo(about);
            assertThat(f.log.require(f.staff, plain).origin()).isEqualTo(MailOrigin.NONE);
            assertThat(ids(f, search("amelie"))).containsExactly(letter);
            assertThat(ids(f, search("discipline"))).containsExactly(letter);

            StringWriter out = new StringWriter();
            new SentLogCsv(ZoneId.of("Europe/Paris")).write(f.log.list(f.admin, ALL), f.log.accountNames(f.admin),
                    key -> key, out);
            try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()),
                    CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
                List<CSVRecord> rows = parser.getRecords();
                assertThat(rows.get(1).get("letter")).isEqualTo("Convocation conseil de discipline");
                assertThat(rows.get(1).get("contacts")).isEqualTo("Mme Dupont Amélie, Dupont Léo");
                assertThat(rows.get(0).get("letter")).isEmpty();
            }
        }
    }

    @Test
    void aDeletedContactsMessagesArePurgedByTheirIdByAnAdministratorOnly() {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            long about4 = f.sent(f.paul, "a@college-test.fr", "Un", "Texte", NOW.minusSeconds(30),
                    MailOrigin.of("Absence", new MailOrigin.ContactRef(4, "Léa Roux")));
            long about41 = f.sent(f.paul, "b@college-test.fr", "Deux", "Texte", NOW.minusSeconds(20),
                    MailOrigin.of("Absence", new MailOrigin.ContactRef(41, "Noé Roux")));
            long toAddress = f.sent(f.paul, "lea.roux@college-test.fr", "Trois", "Texte", NOW.minusSeconds(10));

            assertThatThrownBy(() -> f.log.purgeContact(f.staff, 4, null)).isInstanceOf(MissiveException.class);
            assertThat(f.log.purgeContact(f.admin, 4, null)).isEqualTo(1);
            assertThat(ids(f, ALL)).containsExactly(toAddress, about41);
            assertThat(f.log.purgeContact(f.admin, 4, "lea.roux@college-test.fr")).isEqualTo(1);
            assertThat(ids(f, ALL)).containsExactly(about41);
            assertThat(f.store.mime(about4)).isEmpty();
        }
    }

    @Test
    void theAttachmentsAreReadBackWithTheirBytes() {
        try (SentLogFixture f = new SentLogFixture(folder, 2525)) {
            long id = f.sent(f.secretariat, "famille@college-test.fr", "Bulletin", "Voici", NOW, "bulletin é.pdf",
                    "annexe.pdf");

            List<SentAttachment> files = f.log.attachments(f.staff, id);

            assertThat(files).extracting(SentAttachment::fileName).containsExactly("bulletin é.pdf", "annexe.pdf");
            assertThat(files.get(0).mimeType()).isEqualTo("application/pdf");
            assertThat(files.get(0).bytes()).isEqualTo("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
            long hidden = f.sent(f.direction, "x@college-test.fr", "Conseil", "Texte", NOW, "pv.pdf");
            assertThatThrownBy(() -> f.log.attachments(f.staff, hidden)).isInstanceOf(MissiveException.class);
        }
    }

    @Test
    void aForwardQueuesTheOriginalTextAndFilesToTheNewAddressesLinkedToTheFirst() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer().start();
             SentLogFixture f = new SentLogFixture(folder, server.port())) {
            MailOrigin about = MailOrigin.of("Bulletin", new MailOrigin.ContactRef(7, "Léo Dupont"));
            long first = f.sent(f.paul, "famille.dupont@college-test.fr", "Bulletin du trimestre",
                    "Voici le bulletin de Léo.", NOW, about, "bulletin.pdf");
            long hidden = f.sent(f.direction, "x@college-test.fr", "Conseil", "Texte", NOW);
            assertThatThrownBy(() -> f.log.forward(f.staff, hidden, "cpe@college-test.fr", null, Locale.FRENCH))
                    .isInstanceOf(MissiveException.class);
            assertThatThrownBy(() -> f.log.forward(f.staff, first, "pas une adresse", null, Locale.FRENCH))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.log.forward(f.staff, first, " ", null, Locale.FRENCH))
                    .isInstanceOf(ValidationException.class);

            long forward = f.log.forward(f.staff, first, "cpe@college-test.fr; principal@college-test.fr",
                    "Pour information.", Locale.FRENCH);
            f.worker.runForeground(true, Duration.ofSeconds(30));

            SentEntry sent = f.log.require(f.staff, forward);
            assertThat(sent.state()).isEqualTo(OutboxState.SENT);
            assertThat(sent.forwardOf()).isEqualTo(first);
            assertThat(sent.resendOf()).isNull();
            assertThat(sent.origin()).isEqualTo(about);
            assertThat(sent.subject()).isEqualTo("Tr\u00a0: Bulletin du trimestre");
            assertThat(sent.recipients()).containsExactly("cpe@college-test.fr", "principal@college-test.fr");
            assertThat(server.commands()).contains("RCPT TO:<cpe@college-test.fr>", "RCPT TO:<principal@college-test.fr>");
            SentDetails details = f.log.details(f.staff, forward);
            assertThat(details.content().text()).startsWith("Pour information.")
                    .contains("-------- Message transféré --------")
                    .contains("De\u00a0: " + f.log.require(f.staff, first).from())
                    .contains("À\u00a0: famille.dupont@college-test.fr")
                    .contains("Voici le bulletin de Léo.");
            assertThat(f.log.attachments(f.staff, forward)).singleElement().satisfies(a -> {
                assertThat(a.fileName()).isEqualTo("bulletin.pdf");
                assertThat(a.bytes()).isEqualTo(f.log.attachments(f.staff, first).get(0).bytes());
            });
            assertThat(server.messages().get(0)).contains("Message transf");
        }
    }

    private static SentFilter search(String words) {
        return new SentFilter(Set.of(), null, null, null, words);
    }

    private static List<Long> ids(SentLogFixture f, SentFilter filter) {
        return f.log.list(f.admin, filter).stream().map(SentEntry::id).toList();
    }
}
