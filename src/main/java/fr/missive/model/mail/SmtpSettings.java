package fr.missive.model.mail;

import fr.missive.model.mail.MailInputProblem.Kind;
import java.net.IDN;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How to reach and sign in to one SMTP server. The password is not part of it: it is a secret
 * kept apart and handed to the transport for each connection.
 *
 * <p>Built only valid: the constructor refuses, with every field at fault at once
 * ({@link MailInputException}), a host that is not a host name or IP address, a port outside
 * 1–65535, a timeout outside {@link #MIN_TIMEOUT}–{@link #MAX_TIMEOUT}, a missing user for
 * password sign-in, and line breaks in any text that goes on the wire.
 *
 * @param host               the server as people read it: lower-cased, internationalised names in Unicode
 * @param timeout            the one user-facing "server timeout", used for connect, read and write; null gives 30 s
 * @param allowPlainPassword the administrator's explicit exception that lets a password go over an
 *                           unencrypted connection to this server (a school's internal relay)
 * @param pinnedCertificate  the SHA-256 fingerprint of a certificate the administrator trusted for this
 *                           server only, after checking it; null when the usual checks apply
 */
public record SmtpSettings(
        String host,
        int port,
        Security security,
        AuthMethod auth,
        String user,
        Duration timeout,
        boolean allowPlainPassword,
        CertificateFingerprint pinnedCertificate) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(120);

    private static final Pattern ASCII_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

    public SmtpSettings {
        List<MailInputProblem> problems = new ArrayList<>();
        host = checkedHost(host, problems);
        checkPort(port, problems);
        if (security == null) {
            security = Security.STARTTLS;
        }
        if (auth == null) {
            auth = AuthMethod.NONE;
        }
        user = user == null || user.isBlank() ? null : user.strip();
        if (HeaderText.hasForbiddenCharacter(user)) {
            problems.add(MailInputProblem.of("user", Kind.FORBIDDEN_CHARACTER));
        } else if (auth != AuthMethod.NONE && user == null) {
            problems.add(MailInputProblem.of("user", Kind.USER_REQUIRED));
        }
        if (timeout == null) {
            timeout = DEFAULT_TIMEOUT;
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            problems.add(MailInputProblem.of("timeout", Kind.TIMEOUT_OUT_OF_RANGE,
                    MIN_TIMEOUT.toSeconds(), MAX_TIMEOUT.toSeconds()));
        }
        MailInputException.throwIfAny(problems);
    }

    /** The host lower-cased and in Unicode; a missing or invalid one is added to {@code problems}. */
    static String checkedHost(String typed, List<MailInputProblem> problems) {
        String host = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            problems.add(MailInputProblem.of("host", Kind.HOST_REQUIRED));
            return host;
        }
        String checked = unicodeHost(host);
        if (checked == null) {
            problems.add(MailInputProblem.of("host", Kind.HOST_INVALID, host));
            return host;
        }
        return checked;
    }

    static void checkPort(int port, List<MailInputProblem> problems) {
        if (port < 1 || port > 65535) {
            problems.add(MailInputProblem.of("port", Kind.PORT_OUT_OF_RANGE, 1, 65535));
        }
    }

    /** Settings with no sign-in, the default timeout and the usual certificate checks. */
    public static SmtpSettings of(String host, int port, Security security) {
        return new SmtpSettings(host, port, security, AuthMethod.NONE, null, null, false, null);
    }

    public SmtpSettings withPassword(String user) {
        return new SmtpSettings(host, port, security, AuthMethod.PASSWORD, user, timeout, allowPlainPassword,
                pinnedCertificate);
    }

    /** The same server and user, signing in with OAuth2 (XOAUTH2) instead of a password. */
    public SmtpSettings withOAuth2() {
        return new SmtpSettings(host, port, security, AuthMethod.OAUTH2, user, timeout, false, pinnedCertificate);
    }

    public SmtpSettings withoutAuthentication() {
        return new SmtpSettings(host, port, security, AuthMethod.NONE, user, timeout, allowPlainPassword,
                pinnedCertificate);
    }

    public SmtpSettings withSecurity(Security newSecurity, int newPort) {
        return new SmtpSettings(host, newPort, newSecurity, auth, user, timeout, allowPlainPassword,
                pinnedCertificate);
    }

    public SmtpSettings withTimeout(Duration newTimeout) {
        return new SmtpSettings(host, port, security, auth, user, newTimeout, allowPlainPassword,
                pinnedCertificate);
    }

    public SmtpSettings withPlainPasswordAllowed(boolean allowed) {
        return new SmtpSettings(host, port, security, auth, user, timeout, allowed, pinnedCertificate);
    }

    public SmtpSettings withPinnedCertificate(CertificateFingerprint fingerprint) {
        return new SmtpSettings(host, port, security, auth, user, timeout, allowPlainPassword, fingerprint);
    }

    /** The host to connect to: IDN in punycode, IPv6 without brackets. */
    public String asciiHost() {
        if (host.indexOf(':') >= 0 || IPV4.matcher(host).matches()) {
            return host;
        }
        return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
    }

    /**
     * The host in Unicode when it is a valid host name or IP literal, else null. Single-label
     * names ({@code localhost}, an intranet relay) are valid: a school's relay may have one.
     */
    private static String unicodeHost(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.isEmpty() || HeaderText.hasForbiddenCharacter(h) || h.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        if (h.indexOf(':') >= 0) {
            return IPV6.matcher(h).matches() && h.chars().filter(c -> c == ':').count() >= 2 ? h : null;
        }
        if (IPV4.matcher(h).matches()) {
            for (String part : h.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
            return h;
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(h, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (ascii.isEmpty() || ascii.length() > 253) {
            return null;
        }
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || !ASCII_LABEL.matcher(label).matches()) {
                return null;
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return null;
        }
        return IDN.toUnicode(ascii);
    }
}
