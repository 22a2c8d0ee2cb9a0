package fr.missive.cli;

import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.SmtpSettings;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** SMTP settings as the JSON of the mail commands show them: never a password. */
final class MailJson {

    private MailJson() {
    }

    static Map<String, Object> smtp(SmtpSettings s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", s.host());
        m.put("port", s.port());
        m.put("security", lower(s.security()));
        m.put("auth", lower(s.auth()));
        m.put("user", s.user());
        m.put("timeoutSeconds", s.timeout().toSeconds());
        m.put("allowPlainPassword", s.allowPlainPassword());
        m.put("pinnedCertificate", s.pinnedCertificate() == null ? null : s.pinnedCertificate().hex());
        return m;
    }

    /** An account's mailbox settings (never its password). */
    static Map<String, Object> imap(ImapSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", s.host());
        m.put("port", s.port());
        m.put("security", lower(s.security()));
        m.put("user", s.user());
        m.put("sentFolder", s.sentFolder());
        return m;
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** "smtp.example.fr:587 starttls" for tables. */
    static String summary(SmtpSettings s) {
        return s == null ? "" : s.host() + ":" + s.port() + " " + lower(s.security());
    }
}
