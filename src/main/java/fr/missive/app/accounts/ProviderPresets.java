package fr.missive.app.accounts;

import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in provider presets and how an address or an MX host finds its preset.
 *
 * <p>Sources (checked 2026-11; the providers' own help pages were not reachable from the build
 * machine, so each value was cross-checked in at least one published configuration table):
 * <ul>
 * <li>Gmail: smtp.gmail.com 587 STARTTLS / 465 SSL, imap.gmail.com 993 — Google's "Add Gmail to
 *     another email client" page; the same values in the Thunderbird ISPDB entry for gmail.com
 *     (as quoted in Mailpile's static ISPDB) and gist gabrielbarros/f494b2ec…
 *     Password sign-in needs 2-step verification and an app password; OAuth2 comes later.</li>
 * <li>Outlook.com / Hotmail: smtp-mail.outlook.com 587 STARTTLS, imap-mail.outlook.com 993 SSL —
 *     Microsoft's "POP, IMAP, and SMTP settings for Outlook.com"; corroborated by MailCore2's
 *     providers.json (commit 8ef2360) and the gist above.</li>
 * <li>Microsoft 365: smtp.office365.com 587 STARTTLS, outlook.office365.com 993 — Microsoft's
 *     "POP, IMAP and SMTP settings" for Exchange Online; basic authentication is being retired
 *     (5.7.139 / 5.7.30): OAuth2.</li>
 * <li>OVH Exchange: ex4.mail.ovh.net 587 STARTTLS, IMAP 993 — OVHcloud guides for hosted
 *     Exchange (ovh/docs).</li>
 * <li>Orange smtp.orange.fr, Free smtp.free.fr, SFR smtp.sfr.fr, La Poste smtp.laposte.net: 465
 *     SSL/TLS, IMAP imap.&lt;provider&gt; 993 — the providers' assistance pages; the same table in
 *     jasonchampagne/FormationVideo "configuration-messageries.md".</li>
 * </ul>
 */
public final class ProviderPresets {

    private final List<ProviderPreset> all;

    public ProviderPresets() {
        this.all = List.of(
                preset("gmail", "Gmail / Google Workspace", "smtp.gmail.com", 587, Security.STARTTLS, 465,
                        "imap.gmail.com", AuthMethod.PASSWORD, List.of("gmail.com", "googlemail.com"),
                        List.of("google.com", "googlemail.com", "smtp.google.com")),
                preset("outlook", "Outlook.com / Hotmail", "smtp-mail.outlook.com", 587, Security.STARTTLS, 0,
                        "imap-mail.outlook.com", AuthMethod.PASSWORD,
                        List.of("outlook.com", "outlook.fr", "hotmail.com", "hotmail.fr", "live.com", "live.fr",
                                "msn.com"),
                        List.of()),
                preset("microsoft365", "Microsoft 365", "smtp.office365.com", 587, Security.STARTTLS, 0,
                        "outlook.office365.com", AuthMethod.OAUTH2, List.of(),
                        List.of("mail.protection.outlook.com")),
                preset("ovh-exchange", "OVH Exchange", "ex4.mail.ovh.net", 587, Security.STARTTLS, 0,
                        "ex4.mail.ovh.net", AuthMethod.PASSWORD, List.of(), List.of("mail.ovh.net", "ovh.net")),
                preset("orange", "Orange", "smtp.orange.fr", 465, Security.TLS, 0, "imap.orange.fr",
                        AuthMethod.PASSWORD, List.of("orange.fr", "wanadoo.fr"), List.of("orange.fr")),
                preset("free", "Free", "smtp.free.fr", 465, Security.TLS, 0, "imap.free.fr",
                        AuthMethod.PASSWORD, List.of("free.fr", "freesurf.fr", "libertysurf.fr", "aliceadsl.fr"),
                        List.of("free.fr")),
                preset("sfr", "SFR", "smtp.sfr.fr", 465, Security.TLS, 0, "imap.sfr.fr",
                        AuthMethod.PASSWORD, List.of("sfr.fr", "neuf.fr", "cegetel.net", "club-internet.fr"),
                        List.of("sfr.fr")),
                preset("laposte", "La Poste", "smtp.laposte.net", 465, Security.TLS, 0, "imap.laposte.net",
                        AuthMethod.PASSWORD, List.of("laposte.net"), List.of("laposte.net")));
    }

    private static ProviderPreset preset(String id, String name, String host, int port, Security security,
                                         int alternativeTlsPort, String imapHost, AuthMethod auth,
                                         List<String> domains, List<String> mxSuffixes) {
        SmtpSettings smtp = SmtpSettings.of(host, port, security);
        SmtpSettings alternative = alternativeTlsPort == 0 ? null
                : SmtpSettings.of(host, alternativeTlsPort, Security.TLS);
        return new ProviderPreset(id, name, smtp, alternative, imapHost, auth, domains, mxSuffixes);
    }

    public List<ProviderPreset> all() {
        return all;
    }

    public Optional<ProviderPreset> byId(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The preset whose provider gives out addresses in this domain (gmail.com, wanadoo.fr…). */
    public Optional<ProviderPreset> forDomain(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(p -> p.domains().contains(d)).findFirst();
    }

    /** The preset of the provider that receives mail for a domain, known from one of its MX hosts. */
    public Optional<ProviderPreset> forMxHost(String mxHost) {
        String h = mxHost.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(p -> p.servesMx(h)).findFirst();
    }
}
