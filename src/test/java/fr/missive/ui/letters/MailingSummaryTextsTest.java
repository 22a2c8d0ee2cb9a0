package fr.missive.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.letters.mailing.MailingPlan;
import fr.missive.app.letters.mailing.PlannedRecipient;
import fr.missive.app.letters.mailing.Route;
import fr.missive.i18n.Messages;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Container;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The summary before a mailing says what really happens to the letters on paper: printed on the
 * printer, written as PDF files, or not printed at all (no paper output chosen, as in the sandbox),
 * with the counts above agreeing with the lines below, in French and English.
 */
class MailingSummaryTextsTest {

    private final BackgroundTasks background = new BackgroundTasks();

    @AfterEach
    void stop() {
        background.close();
    }

    private static Contact contact(String first, String last, String email) {
        return new Contact(1L, ContactKind.GUARDIAN, "Mme", first, last, "3e A",
                new PostalAddress(List.of("1 rue Haute"), "69003", "Lyon", ""),
                email == null ? null : EmailAddress.parse(email), Consent.given(LocalDate.of(2026, 9, 1), ""),
                Map.of());
    }

    private static final PlannedRecipient LUCAS = new PlannedRecipient(contact("Lucas", "BÈGUE",
            "lucas.begue@example.fr"), Route.EMAIL, null);
    private static final PlannedRecipient LEA = new PlannedRecipient(contact("Léa", "ROUX", null), Route.NO_ADDRESS,
            null);
    private static final MailingPlan PLAN = new MailingPlan(null, null, List.of(LUCAS, LEA), List.of());

    /** The counts line, Léa's line and the warnings, as the page shows them for {@code paper}. */
    private record Shown(String counts, String lea, String warnings) {
    }

    private Shown show(Locale language, LetterMailingDialog.Output paper) {
        UiContext context = new UiContext(background, Messages.forLocale(language), Clock.systemUTC(),
                UiContext.Devices.system(), code -> { });
        return GuiActionRunner.execute(() -> {
            MailingSummaryPage page = new MailingSummaryPage(context, null, null, () -> { }, (p, a, o, d) -> { });
            page.show(PLAN, "Secrétariat", paper, "Convocation");
            return new Shown(((JLabel) named(page.panel(), "mailingSummaryCounts")).getText(), page.reason(LEA),
                    ((JTextArea) named(page.panel(), "mailingWarnings")).getText());
        });
    }

    private static Component named(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = named(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void onThePrinterTheLetterIsPrinted() {
        Shown fr = show(Locale.FRENCH, LetterMailingDialog.Output.PRINTER);
        Shown en = show(Locale.ENGLISH, LetterMailingDialog.Output.PRINTER);

        assertThat(fr.counts()).isEqualTo("Un e-mail, une lettre à imprimer, aucun destinataire écarté");
        assertThat(fr.lea()).isEqualTo("Pas d’adresse électronique\u00a0: la lettre est imprimée.");
        assertThat(en.counts()).isEqualTo("One e-mail, one letter to print, nobody skipped");
        assertThat(en.lea()).isEqualTo("No e-mail address: the letter is printed.");
    }

    @Test
    void inAFolderTheLetterIsWrittenAsAPdfFileNotPrinted() {
        Shown fr = show(Locale.FRENCH, LetterMailingDialog.Output.FOLDER);
        Shown en = show(Locale.ENGLISH, LetterMailingDialog.Output.FOLDER);

        assertThat(fr.counts()).isEqualTo("Un e-mail, un fichier PDF dans le dossier, aucun destinataire écarté");
        assertThat(fr.lea()).isEqualTo("Pas d’adresse électronique\u00a0: la lettre est écrite en fichier PDF dans"
                + " le dossier.").doesNotContain("imprimée");
        assertThat(en.counts()).isEqualTo("One e-mail, one PDF file written to the folder, nobody skipped");
        assertThat(en.lea()).isEqualTo("No e-mail address: the letter is written as a PDF file in the folder.");
    }

    @Test
    void withoutAPaperOutputTheCountsSayNotPrintedAsTheLinesDo() {
        Shown fr = show(Locale.FRENCH, null);
        Shown en = show(Locale.ENGLISH, null);

        assertThat(fr.counts()).isEqualTo("Un e-mail, une lettre non imprimée, aucun destinataire écarté")
                .doesNotContain("à imprimer");
        assertThat(fr.lea()).isEqualTo("Pas d’adresse électronique\u00a0: la lettre n’est pas imprimée"
                + " («\u00a0Imprimer une copie\u00a0» n’est pas coché).");
        assertThat(fr.warnings()).contains("Un destinataire ne reçoit pas d’e-mail et rien n’est imprimé\u00a0:"
                + " cochez «\u00a0Imprimer une copie\u00a0» pour imprimer sa lettre.");
        assertThat(en.counts()).isEqualTo("One e-mail, one letter not printed, nobody skipped");
        assertThat(en.lea()).isEqualTo("No e-mail address: the letter is not printed (“Print a copy” is not ticked).");
        assertThat(en.warnings()).contains("One recipient gets no e-mail and nothing is printed: tick “Print a copy”"
                + " to print their letter.");
    }
}
