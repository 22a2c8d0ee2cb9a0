package fr.missive.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every text with a count agrees with it, for 0, 1 and 2, in French and English: no "message(s)",
 * no "aucun fichier PDF écrits", no "un destinataire … leurs lettres".
 */
class PluralFormsTest {

    private final Messages fr = Messages.forLocale(Locale.FRENCH);
    private final Messages en = Messages.forLocale(Locale.ENGLISH);

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PluralFormsTest.class.getResourceAsStream("/fr/missive/i18n/messages_" + language
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noTextLeavesThePluralToTheReaderWithParentheses() throws IOException {
        for (String language : List.of("fr", "en")) {
            Properties p = load(language);
            List<String> hedged = new ArrayList<>();
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).matches("(?s).*\\w\\((s|es|x)\\).*")) {
                    hedged.add(key);
                }
            }
            assertThat(hedged).as(language).isEmpty();
        }
    }

    @Test
    void lettersWrittenAtTheEndOfAMailing() {
        assertThat(fr.get("ui.mailing.status.done", "Convocation", 0, 0, 0)).isEqualTo(
                "Lettre «\u00a0Convocation\u00a0»\u00a0: aucun e-mail dans la boîte d’envoi, rien d’imprimé,"
                        + " aucun fichier PDF écrit.");
        assertThat(fr.get("ui.mailing.status.done", "Convocation", 1, 1, 1)).endsWith(
                "un e-mail dans la boîte d’envoi, une lettre imprimée, un fichier PDF écrit.");
        assertThat(fr.get("ui.mailing.status.done", "Convocation", 2, 2, 2)).endsWith(
                "2 e-mails dans la boîte d’envoi, 2 lettres imprimées, 2 fichiers PDF écrits.");
        assertThat(fr.get("ui.mailing.status.stopped", "Convocation", 0, 1)).contains("un fichier PDF écrit,");
        assertThat(en.get("ui.mailing.status.done", "Convocation", 0, 1, 2)).isEqualTo(
                "Letter “Convocation”: no e-mail in the outbox, one letter printed, 2 PDF files written.");
    }

    @Test
    void recipientsWhoRefuseEmailGetTheirOwnLetter() {
        assertThat(fr.get("mailing.warning.refusedEmail", 1, "Inès SIMON")).isEqualTo(
                "Un destinataire refuse les courriels\u00a0; sa lettre est à imprimer\u00a0: Inès SIMON.");
        assertThat(fr.get("mailing.warning.refusedEmail", 2, "Inès SIMON, Léa ROUX")).isEqualTo(
                "2 destinataires refusent les courriels\u00a0; leurs lettres sont à imprimer\u00a0: Inès SIMON, Léa ROUX.");
        assertThat(en.get("mailing.warning.refusedEmail", 1, "Inès SIMON")).isEqualTo(
                "One recipient refused e-mail; their letter goes on paper: Inès SIMON.");
        assertThat(fr.get("ui.mailing.warning.notPrinted", 1)).startsWith("Un destinataire ne reçoit pas")
                .endsWith("pour imprimer sa lettre.");
        assertThat(fr.get("ui.mailing.warning.notPrinted", 2)).startsWith("2 destinataires ne reçoivent pas")
                .endsWith("pour imprimer leurs lettres.");
    }

    @Test
    void commandLineCountsForZeroOneAndTwo() {
        assertThat(List.of(0, 1, 2).stream().map(n -> fr.get("cli.outbox.retriedFailed", n)).toList()).containsExactly(
                "Aucun message en échec à remettre en attente.", "Un message en échec remis en attente.",
                "2 messages en échec remis en attente.");
        assertThat(List.of(0, 1, 2).stream().map(n -> en.get("cli.outbox.retriedFailed", n)).toList()).containsExactly(
                "No failed message to queue again.", "One failed message queued again.",
                "2 failed messages queued again.");
        assertThat(List.of(0, 1, 2).stream().map(n -> fr.get("cli.sent.purged", n, 365)).toList()).containsExactly(
                "Messages envoyés de plus de 365 jours\u00a0: aucun supprimé.",
                "Messages envoyés de plus de 365 jours\u00a0: un supprimé.",
                "Messages envoyés de plus de 365 jours\u00a0: 2 supprimés.");
        assertThat(List.of(0, 1, 2).stream().map(n -> en.get("cli.sent.purgedAddress", n, "a@b.fr")).toList())
                .containsExactly("Sent mail to a@b.fr: no message deleted.", "Sent mail to a@b.fr: one message deleted.",
                        "Sent mail to a@b.fr: 2 messages deleted.");
        assertThat(List.of(0, 1, 2).stream().map(n -> fr.get("cli.letter.rendered", n, "/tmp/lettres")).toList())
                .containsExactly("Aucun courrier écrit dans /tmp/lettres.", "Un courrier écrit dans /tmp/lettres.",
                        "2 courriers écrits dans /tmp/lettres.");
        assertThat(List.of(0, 1, 2).stream().map(n -> en.get("cli.letter.combined", n, "all.pdf")).toList())
                .containsExactly("No letter combined into all.pdf.", "One letter combined into all.pdf.",
                        "2 letters combined into all.pdf.");
        assertThat(fr.get("cli.letter.moreWithoutAddress", 1)).isEqualTo(
                "attention\u00a0: et un autre contact sans adresse postale.");
        assertThat(en.get("cli.letter.moreWithoutAddress", 2)).isEqualTo(
                "warning: and 2 more contacts without a postal address.");
    }

    @Test
    void windowCountsForZeroOneAndTwo() {
        assertThat(fr.get("ui.status.contactsFiltered", 0, 1)).isEqualTo("0 sur 1 contact");
        assertThat(fr.get("ui.status.contactsFiltered", 1, 2)).isEqualTo("1 sur 2 contacts");
        assertThat(en.get("ui.status.contactsFiltered", 0, 1)).isEqualTo("0 of 1 contact");
        assertThat(fr.get("ui.mailing.summary.countsNotPrinted", 0, 1, 0)).isEqualTo(
                "Aucun e-mail, une lettre non imprimée, aucun destinataire écarté");
        assertThat(fr.get("ui.mailing.summary.countsNotPrinted", 2, 2, 2)).isEqualTo(
                "2 e-mails, 2 lettres non imprimées, 2 destinataires écartés");
        assertThat(fr.get("import.extraValues", 1, 2)).startsWith("Cette ligne compte une valeur alors que"
                + " l’en-tête nomme 2 colonnes");
        assertThat(en.get("backup.done", "b.zip", 1)).startsWith("Backup written to b.zip (one file:");
    }
}
