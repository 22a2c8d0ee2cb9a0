package fr.missive.app.accounts;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import fr.missive.model.mail.Security;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@NoDatabase
class ProviderPresetsTest {

    private final ProviderPresets presets = new ProviderPresets();

    @ParameterizedTest
    @CsvSource({
            "gmail.com, gmail, smtp.gmail.com, 587, STARTTLS",
            "googlemail.com, gmail, smtp.gmail.com, 587, STARTTLS",
            "outlook.com, outlook, smtp-mail.outlook.com, 587, STARTTLS",
            "hotmail.fr, outlook, smtp-mail.outlook.com, 587, STARTTLS",
            "live.fr, outlook, smtp-mail.outlook.com, 587, STARTTLS",
            "msn.com, outlook, smtp-mail.outlook.com, 587, STARTTLS",
            "orange.fr, orange, smtp.orange.fr, 465, TLS",
            "wanadoo.fr, orange, smtp.orange.fr, 465, TLS",
            "free.fr, free, smtp.free.fr, 465, TLS",
            "sfr.fr, sfr, smtp.sfr.fr, 465, TLS",
            "neuf.fr, sfr, smtp.sfr.fr, 465, TLS",
            "laposte.net, laposte, smtp.laposte.net, 465, TLS",
            "GMAIL.COM, gmail, smtp.gmail.com, 587, STARTTLS"})
    void aDomainFindsItsProvidersSettings(String domain, String id, String host, int port, Security security) {
        ProviderPreset preset = presets.forDomain(domain).orElseThrow();
        assertThat(preset.id()).isEqualTo(id);
        assertThat(preset.smtp().host()).isEqualTo(host);
        assertThat(preset.smtp().port()).isEqualTo(port);
        assertThat(preset.smtp().security()).isEqualTo(security);
    }

    @Test
    void microsoft365AndOvhAreFoundByTheirMailServersNotByADomain() {
        assertThat(presets.forMxHost("college-fr.mail.protection.outlook.com")).map(ProviderPreset::id)
                .contains("microsoft365");
        assertThat(presets.forMxHost("mx1.mail.ovh.net")).map(ProviderPreset::id).contains("ovh-exchange");
        assertThat(presets.forMxHost("aspmx.l.google.com")).map(ProviderPreset::id).contains("gmail");
        assertThat(presets.forMxHost("mx.college.fr")).isEmpty();
        assertThat(presets.forDomain("college.fr")).isEmpty();
    }

    @Test
    void everyPresetHasAnImapServerAndAHelpTextInBothLanguages() {
        for (ProviderPreset preset : presets.all()) {
            assertThat(preset.imapHost()).as(preset.id()).isNotBlank();
            for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                assertThat(Messages.forLocale(locale).has(preset.helpKey())).as(preset.helpKey()).isTrue();
            }
        }
        assertThat(presets.byId("microsoft365").orElseThrow().smtp().host()).isEqualTo("smtp.office365.com");
        assertThat(presets.byId("microsoft365").orElseThrow().imapHost()).isEqualTo("outlook.office365.com");
        assertThat(presets.byId("ovh-exchange").orElseThrow().smtp().host()).isEqualTo("ex4.mail.ovh.net");
    }
}
