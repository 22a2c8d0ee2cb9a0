package fr.missive.app;

import fr.missive.app.accounts.AccountService;
import fr.missive.app.accounts.AccountVerification;
import fr.missive.app.accounts.DetectSettings;
import fr.missive.app.accounts.ProfileService;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.app.accounts.ServerChecks;
import fr.missive.app.accounts.TestSending;
import fr.missive.app.accounts.WorkstationSettingsService;
import fr.missive.app.backup.BackupService;
import fr.missive.app.compose.DocumentSending;
import fr.missive.app.compose.EmailSending;
import fr.missive.app.compose.MessageTemplateService;
import fr.missive.app.contacts.ContactService;
import fr.missive.app.contacts.importing.ContactImporter;
import fr.missive.app.contacts.importing.CsvInspector;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.letters.LetterFiles;
import fr.missive.app.letters.LetterComposer;
import fr.missive.app.letters.LetterPreview;
import fr.missive.app.letters.LetterTemplateService;
import fr.missive.app.letters.mailing.LetterMailing;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.SignInAgain;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.app.oauth.OAuthClients;
import fr.missive.app.settings.Preferences;
import fr.missive.app.signatures.SignatureService;
import fr.missive.app.setup.FirstRunService;
import fr.missive.app.users.UserService;
import fr.missive.app.sandbox.DemoMailbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The use cases of one open data folder, as the UI and the command line see them. Built by
 * the application's wiring; closing it shuts the database down cleanly.
 */
public record Services(
        Path dataFolder,
        Clock clock,
        FirstRunService firstRun,
        UserService users,
        InstitutionService institution,
        ContactService contacts,
        CsvInspector csvInspector,
        ContactImporter contactImporter,
        Preferences preferences,
        AutoCloseable closer,
        ProviderPresets presets,
        ProfileService profiles,
        WorkstationSettingsService workstationSettings,
        AccountService accounts,
        TestSending testSending,
        AccountVerification accountVerification,
        DetectSettings detectSettings,
        ServerChecks serverChecks,
        LetterTemplateService letterTemplates,
        LetterComposer letterComposer,
        LetterFiles letterFiles,
        LetterPreview letterPreview,
        OutboxService outbox,
        BackupService backup,
        SentLogService sentLog,
        OAuthClients oauthClients,
        OAuthAccounts oauthAccounts,
        LetterMailing letterMailing,
        SignatureService signatures,
        MessageTemplateService messageTemplates,
        EmailSending emailSending,
        DemoMailbox demoMailbox,
        DocumentSending documentSending,
        SignInAgain signInAgain) implements AutoCloseable {

    @Override
    public void close() {
        // The message in flight may finish; one still marked sending is sent again at next start.
        outbox.worker().stop(Duration.ofSeconds(10));
        try {
            closer.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
