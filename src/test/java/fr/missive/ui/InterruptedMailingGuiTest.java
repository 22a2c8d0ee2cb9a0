package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.app.letters.mailing.MailingOptions;
import fr.missive.app.letters.mailing.MailingPlan;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.User;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailing cut short while it was being queued (here after its first chunk of 50, as a power cut
 * would): the main window offers it as it opens, names the letters not queued, and Enter queues
 * exactly those — the secretary never has to find out which families were left out.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class InterruptedMailingGuiTest {

    private static final String ACCOUNT = "Secrétariat";
    private static final int LETTERS = 55;

    @TempDir
    Path folder;

    private OpenDataFolder services;
    private User admin;
    private final ExitRecorder exit = new ExitRecorder();

    @BeforeEach
    void aMailingCutAfterItsFirstChunk(DataFolders dataFolders) {
        services = SampleData.initialised(dataFolders, folder);
        admin = SampleData.admin(services);
        // Port 9 (discard) on loopback: nothing is delivered, the messages stay in the outbox.
        services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, ACCOUNT,
                "secretariat@college-test.fr", SettingsSource.OWN, null,
                new SmtpDraft("127.0.0.1", 9, Security.NONE, null, null, null, false, null), null, false, List.of(),
                null, null));
        services.outbox().outbox().worker().stop(Duration.ofSeconds(5));
        for (int i = 1; i <= LETTERS; i++) {
            services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.PUPIL, "", "Léa",
                    "ÉLÈVE" + i, "3e A", List.of("1 rue Haute"), "69003", "Lyon", "", "lea" + i + "@example.org", true,
                    Map.of()));
        }
        LetterTemplate template = new LetterTemplate("Réunion", null, "Réunion de {{first_name}}",
                "Madame, Monsieur,\n\nla réunion de {{first_name}} aura lieu mardi.", List.of());
        services.letters().templates().create(admin, template);
        MailingPlan plan = services.letters().mailing().plan(admin, ACCOUNT, template,
                services.contacts().contacts().list(),
                MailingOptions.byEmail(Locale.FRENCH).attachPdf(false).inline(true).build());
        assertThatThrownBy(() -> services.letters().mailing().send(admin, ACCOUNT, plan, (done, total) -> {
            if (done == 50) { // progress shows committed letters only: the first chunk
                throw new IllegalStateException("power cut");
            }
        }, () -> false)).hasMessage("power cut");
        assertThat(services.outbox().outbox().list(admin)).hasSize(50);
    }

    @Test
    void theWindowOffersTheLettersNotQueuedAndEnterQueuesExactlyThem(Robot robot) throws Exception {
        new GuiLauncher(Wiring::open, exit).openOn(services);

        DialogFixture dialog = Gui.dialog(robot, "interruptedMailingDialog");
        String intro = Gui.onEdt(() -> dialog.textBox("interruptedText").target().getText());
        assertThat(intro).contains("“Réunion”", ACCOUNT, "5 letters of 55 are not in the outbox");
        String letters = Gui.onEdt(() -> dialog.textBox("interruptedLetters").target().getText());
        assertThat(letters.lines()).hasSize(5).allSatisfy(line -> assertThat(line).contains("Léa"));

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        Gui.until("the rest queued", () -> Gui.onEdt(() -> dialog.label("interruptedOutcome").target().getText())
                .contains("5 e-mails queued"));
        assertThat(services.outbox().outbox().list(admin)).hasSize(LETTERS);
        assertThat(services.letters().interrupted().list(admin)).isEmpty();
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        Gui.until("the dialog closed", () -> !Gui.onEdt(() -> dialog.target().isShowing()));
    }
}
