package fr.missive.cli;

import static fr.missive.mail.ReceivedMail.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.mail.Attachments;
import fr.missive.mail.ReceivedMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code send document}: each pupil's report card found by name, queued, delivered to GreenMail and read back. */
class SendDocumentCliTest {

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private CliRunner cli;
    private GreenMail greenMail;
    private Path reports;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(folder, Locale.FRENCH);
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        assertThat(cli.initCollege().exitCode())
                .isZero();
        Path csv = files.resolve("eleves.csv");
        Files.writeString(csv, """
                Nom;Prénom;Classe;Courriel;Consentement
                BÉGUÉ;Éloïse;3e A;eloise@example.org;oui
                DUPONT;Marie;3e A;dupont@example.org;oui
                AUBRY;Paul;3e A;aubry@example.org;oui
                REFUS;Jules;3e A;jules@example.org;non
                """, StandardCharsets.UTF_8);
        assertThat(cli.run("contacts", "import", csv.toString()).exitCode()).isZero();
        assertThat(cli.addLoopbackAccount(greenMail.getSmtp().getPort()).exitCode()).isZero();
        reports = Files.createDirectories(files.resolve("bulletins"));
        for (String name : List.of("Bulletin T1 - BEGUE Eloise.pdf", "dupont_marie_t1.pdf", "REFUS_Jules.pdf",
                "ZOLA_Emile.pdf")) {
            Files.writeString(reports.resolve(name), "%PDF-1.4 " + name);
        }
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void sendsEachContactTheirOwnFileAndListsWhoAndWhatWasLeftOut() throws Exception {
        CliRunner.Result sent = cli.run("send", "document", "--folder", reports.toString(), "--contacts", "class=3e A",
                "--subject", "Bulletin de {{first_name}}", "--message", "Bonjour,\nvoici le bulletin de {{first_name}}.");

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        Map<String, Object> summary = sent.jsonObject();
        assertThat(summary).containsEntry("queued", 2).containsEntry("unmatched_files", List.of("ZOLA_Emile.pdf"));
        assertThat(((List<?>) summary.get("mails")).stream().map(m -> ((Map<?, ?>) m).get("files")).toList())
                .isEqualTo(List.of(List.of("Bulletin T1 - BEGUE Eloise.pdf"), List.of("dupont_marie_t1.pdf")));
        assertThat(summary.get("skipped")).asList().containsExactly(
                Map.of("recipient", "Paul AUBRY", "reason", "aucun fichier ne porte son nom"),
                Map.of("recipient", "Jules REFUS", "reason", "n’accepte pas les e-mails"));

        CliRunner.Result run = cli.run("outbox", "run", "--until-empty", "--max-seconds", "30");
        assertThat(run.exitCode()).as(run.err()).isZero();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage marie = Arrays.stream(received).filter(m -> recipient(m).equals("dupont@example.org"))
                .findFirst().orElseThrow();
        assertThat(marie.getSubject()).isEqualTo("Bulletin de Marie");
        assertThat(Attachments.of(marie)).containsExactly("dupont_marie_t1.pdf application/pdf %PDF-1.4 dupont_marie_t1.pdf");
        // The text is the plain part of the multipart/alternative every e-mail now carries.
        assertThat(ReceivedMail.firstText(marie)).contains("voici le bulletin de Marie.");
    }

    @Test
    void theSameFileGoesToTypedAddressesAndADryRunQueuesNothing() throws Exception {
        Path calendar = Files.writeString(files.resolve("calendrier.pdf"), "%PDF-1.4 calendrier");

        CliRunner.Result dry = cli.run("send", "document", calendar.toString(), "--to",
                "direction@college-test.fr, cpe@college-test.fr", "--subject", "Calendrier", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.jsonObject()).containsEntry("queued", 0);
        assertThat(dry.jsonObject().get("mails")).asList().hasSize(2);
        assertThat(cli.run("outbox", "status", "--format", "json").out()).contains("\"waiting\" : 0");

        CliRunner.Result sent = cli.run("send", "document", calendar.toString(), "--to",
                "direction@college-test.fr, cpe@college-test.fr", "--subject", "Calendrier");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(cli.run("outbox", "run", "--until-empty", "--max-seconds", "30").exitCode()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(2).allSatisfy(m -> assertThat(Attachments.of(m))
                .containsExactly("calendrier.pdf application/pdf %PDF-1.4 calendrier"));
    }

    @Test
    void nothingToSendOrBadInputIsExitTwoWithTheReason() {
        CliRunner.Result nobody = cli.run("send", "document", "--folder", reports.toString(), "--contacts",
                "search=AUBRY", "--subject", "Bulletin");
        assertThat(nobody.exitCode()).isEqualTo(2);
        assertThat(nobody.jsonObject()).containsEntry("queued", 0);
        assertThat(nobody.err()).contains("Aucun destinataire ne peut recevoir de document");

        CliRunner.Result noFile = cli.run("send", "document", files.resolve("absent.pdf").toString(), "--to",
                "direction@college-test.fr", "--subject", "Bulletin");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("absent.pdf").contains("introuvable");

        CliRunner.Result typedWithFolder = cli.run("send", "document", "--folder", reports.toString(), "--to",
                "direction@college-test.fr", "--subject", "Bulletin");
        assertThat(typedWithFolder.exitCode()).isEqualTo(2);
        assertThat(typedWithFolder.jsonObject().get("skipped").toString())
                .contains("une adresse saisie n’a pas de nom pour trouver son fichier");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
}
