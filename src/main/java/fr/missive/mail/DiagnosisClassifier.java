package fr.missive.mail;

import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Diagnosis;
import fr.missive.model.mail.DiagnosisKind;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.ServerCertificate;
import fr.missive.model.mail.SmtpReply;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.model.mail.SuggestedFix;
import jakarta.mail.AuthenticationFailedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Turns one failed attempt into a {@link Diagnosis}. It works from what is known for sure —
 * the exception types, the phase of the dialogue, the SMTP reply code and enhanced status, the
 * trust step that refused the certificate, a probe of the port — and never from the English
 * text of an exception. The one name it looks for in a reply, {@code SendAsDenied}, is
 * Exchange's identifier for a sender refusal that comes with the generic status 5.2.0.
 */
final class DiagnosisClassifier {

    /** A refused connection comes back within a round trip; a failure after this long is a timeout. */
    static final Duration REFUSAL_AT_MOST = Duration.ofSeconds(5);

    private static final Duration RAISED_TIMEOUT = Duration.ofSeconds(60);

    /** Everything known about a failed attempt. */
    record Facts(
            SmtpSettings settings,
            String sender,
            Throwable failure,
            Phase phase,
            boolean greeted,
            boolean firstEhloAnswered,
            boolean startTlsOffered,
            boolean encrypted,
            SmtpReply lastReply,
            CertificateCheck.Failure certificateFailure,
            ServerCertificate certificate,
            Duration inPhase,
            Duration timeout,
            boolean cancelled,
            PortProbe probe) {
    }

    private DiagnosisClassifier() {
    }

    static Diagnosis classify(Facts f) {
        SmtpSettings s = f.settings();
        if (f.cancelled()) {
            return diagnosis(DiagnosisKind.CANCELLED, f, null, null);
        }
        if (find(f.failure(), PlainPasswordRefusedException.class).isPresent()) {
            return passwordOverPlain(s, f.startTlsOffered());
        }
        if (find(f.failure(), UnknownHostException.class).isPresent()) {
            return diagnosis(DiagnosisKind.UNKNOWN_HOST, f, null, null);
        }
        if (f.certificateFailure() == CertificateCheck.Failure.UNTRUSTED && f.certificate() != null) {
            return new Diagnosis(DiagnosisKind.CERTIFICATE_UNTRUSTED, s, f.certificate().fingerprint().hex(), null,
                    f.certificate(), List.of(new SuggestedFix(SuggestedFix.Kind.PIN_CERTIFICATE,
                            s.withPinnedCertificate(f.certificate().fingerprint()))));
        }
        if (f.certificateFailure() == CertificateCheck.Failure.NAME_MISMATCH && f.certificate() != null) {
            String names = String.join(", ", f.certificate().names());
            return new Diagnosis(DiagnosisKind.HOST_NAME_MISMATCH, s,
                    names.isEmpty() ? f.certificate().subject() : names, null, f.certificate(), List.of());
        }
        Optional<MailConnectException> connect = find(f.failure(), MailConnectException.class);
        if (connect.isPresent()) {
            return connectFailure(f);
        }
        Optional<SMTPAddressFailedException> recipient = find(f.failure(), SMTPAddressFailedException.class);
        if (recipient.isPresent()) {
            SMTPAddressFailedException e = recipient.get();
            SmtpReply reply = replyOf(e.getReturnCode(), e.getMessage());
            return refusedInTransaction(f, reply, Phase.RCPT_TO, String.valueOf(e.getAddress().getAddress()));
        }
        Optional<SMTPSendFailedException> send = find(f.failure(), SMTPSendFailedException.class);
        if (send.isPresent() && send.get().getReturnCode() > 0) {
            SmtpReply reply = replyOf(send.get().getReturnCode(), send.get().getMessage());
            return refusedInTransaction(f, reply, f.phase(), f.sender());
        }
        if (find(f.failure(), SocketTimeoutException.class).isPresent()) {
            return timeout(f);
        }
        if (find(f.failure(), AuthenticationFailedException.class).isPresent()) {
            return authenticationFailure(f);
        }
        if (f.phase() == Phase.DATA && find(f.failure(), IOException.class).isPresent()
                && f.inPhase().compareTo(f.timeout()) >= 0) {
            // Angus's write timeout closes the socket: the write fails after exactly the timeout.
            return withTimeoutFix(DiagnosisKind.DATA_TIMEOUT, f);
        }
        if (s.security() == Security.STARTTLS && f.firstEhloAnswered() && !f.startTlsOffered() && !f.encrypted()
                && (f.phase() == Phase.EHLO)) {
            List<SuggestedFix> fixes = s.port() == Security.TLS.usualPort() ? List.of()
                    : List.of(useTls(s, Security.TLS.usualPort()));
            return new Diagnosis(DiagnosisKind.STARTTLS_NOT_OFFERED, s, "", null, null, fixes);
        }
        if (f.phase() == Phase.CONNECTING && !f.greeted()) {
            Diagnosis wrongPort = wrongPort(f);
            if (wrongPort != null) {
                return wrongPort;
            }
        }
        return other(f);
    }

    private static Diagnosis connectFailure(Facts f) {
        if (find(f.failure(), SocketTimeoutException.class).isPresent()) {
            return withTimeoutFix(DiagnosisKind.CONNECT_TIMEOUT, f);
        }
        if (find(f.failure(), NoRouteToHostException.class).isPresent()) {
            return diagnosis(DiagnosisKind.HOST_UNREACHABLE, f, null, null);
        }
        if (find(f.failure(), ConnectException.class).isPresent()) {
            // The operating system's own connect timeout (21 s on Windows) also ends in a
            // ConnectException; only the time it took tells it from a refusal.
            return f.inPhase().compareTo(REFUSAL_AT_MOST) >= 0
                    ? withTimeoutFix(DiagnosisKind.CONNECT_TIMEOUT, f)
                    : diagnosis(DiagnosisKind.CONNECTION_REFUSED, f, null, null);
        }
        return other(f);
    }

    private static Diagnosis refusedInTransaction(Facts f, SmtpReply reply, Phase phase, String address) {
        SmtpSettings s = f.settings();
        if (reply.code() == 530) {
            return new Diagnosis(DiagnosisKind.AUTH_REQUIRED, s, "", reply, null, List.of());
        }
        if (reply.hasEnhanced("5.7.60") || reply.text().contains("SendAsDenied")) {
            return new Diagnosis(DiagnosisKind.SENDER_REFUSED, s, f.sender(), reply, null, List.of());
        }
        if (reply.hasEnhanced("5.3.4") || reply.hasEnhanced("5.2.3")
                || (reply.code() == 552 && !reply.hasEnhanced("5.2.2") && phase != Phase.RCPT_TO)) {
            return new Diagnosis(DiagnosisKind.MESSAGE_TOO_LARGE, s, "", reply, null, List.of());
        }
        if (reply.isPermanentFailure() && phase == Phase.MAIL_FROM) {
            return new Diagnosis(DiagnosisKind.SENDER_REFUSED, s, address, reply, null, List.of());
        }
        if (reply.isPermanentFailure() && phase == Phase.RCPT_TO) {
            return new Diagnosis(DiagnosisKind.RECIPIENT_REFUSED, s, address, reply, null, List.of());
        }
        return new Diagnosis(DiagnosisKind.OTHER, s, reply.text(), reply, null, List.of());
    }

    private static Diagnosis authenticationFailure(Facts f) {
        SmtpSettings s = f.settings();
        SmtpReply reply = f.lastReply();
        if (f.phase() != Phase.AUTH) {
            // Angus gave up before sending AUTH: server and Missive share no sign-in method.
            return authNotOffered(f);
        }
        if (reply == null || reply.code() < 300) {
            // The connection ended during sign-in without a refusal to show.
            return other(f);
        }
        if (s.auth() == AuthMethod.OAUTH2) {
            // 334 carries the server's JSON error before the final 535; either way the token is refused.
            return new Diagnosis(DiagnosisKind.OAUTH_SIGN_IN_AGAIN, s, "", reply, null, List.of());
        }
        if (reply.hasEnhanced("5.7.139") || reply.hasEnhanced("5.7.30")) {
            return new Diagnosis(DiagnosisKind.BASIC_AUTH_DISABLED, s, "", reply, null,
                    List.of(new SuggestedFix(SuggestedFix.Kind.USE_OAUTH2, s.withOAuth2())));
        }
        if (reply.code() == 535 || reply.code() == 534 || reply.code() == 530 || reply.isPermanentFailure()) {
            return new Diagnosis(DiagnosisKind.AUTH_REFUSED, s, "", reply, null, List.of());
        }
        return new Diagnosis(DiagnosisKind.OTHER, s, reply.text(), reply, null, List.of());
    }

    /** The message is larger than the SIZE the server advertised: refused by us, before the upload. */
    static Diagnosis tooLarge(SmtpSettings s) {
        return new Diagnosis(DiagnosisKind.MESSAGE_TOO_LARGE, s, "", null, null, List.of());
    }

    static Diagnosis authNotOffered(Facts f) {
        SmtpSettings s = f.settings();
        List<SuggestedFix> fixes = new ArrayList<>();
        if (!f.encrypted() && f.startTlsOffered()) {
            fixes.add(useStartTls(s, s.port()));
        }
        fixes.add(new SuggestedFix(SuggestedFix.Kind.NO_AUTHENTICATION, s.withoutAuthentication()));
        return new Diagnosis(DiagnosisKind.AUTH_NOT_OFFERED, s, "", f.lastReply(), null, fixes);
    }

    static Diagnosis passwordOverPlain(SmtpSettings s, boolean startTlsOffered) {
        List<SuggestedFix> fixes = new ArrayList<>();
        if (startTlsOffered) {
            fixes.add(useStartTls(s, s.port()));
        } else {
            fixes.add(useStartTls(s, Security.STARTTLS.usualPort()));
            fixes.add(useTls(s, Security.TLS.usualPort()));
        }
        return new Diagnosis(DiagnosisKind.PASSWORD_OVER_PLAIN_REFUSED, s, "", null, null, fixes);
    }

    private static Diagnosis timeout(Facts f) {
        if (f.phase() == Phase.DATA) {
            return withTimeoutFix(DiagnosisKind.DATA_TIMEOUT, f);
        }
        if (f.phase() == Phase.CONNECTING && !f.greeted()) {
            Diagnosis wrongPort = wrongPort(f);
            if (wrongPort != null) {
                return wrongPort;
            }
        }
        return withTimeoutFix(DiagnosisKind.READ_TIMEOUT, f);
    }

    /**
     * Connected, but no greeting: either TLS spoken to a plain port (the TLS handshake fails on
     * the server's "220") or plain spoken to a TLS port (both sides wait). A probe tells which.
     */
    private static Diagnosis wrongPort(Facts f) {
        SmtpSettings s = f.settings();
        if (s.security() == Security.TLS) {
            boolean handshakeFailed = f.certificate() == null
                    && (find(f.failure(), SSLException.class).isPresent()
                        || find(f.failure(), SocketTimeoutException.class).isPresent());
            if (handshakeFailed && f.probe().greetsInClear()) {
                List<SuggestedFix> fixes = new ArrayList<>();
                fixes.add(useStartTls(s, s.port() == Security.TLS.usualPort() ? Security.STARTTLS.usualPort() : s.port()));
                if (s.port() != Security.TLS.usualPort()) {
                    fixes.add(useTls(s, Security.TLS.usualPort()));
                }
                return new Diagnosis(DiagnosisKind.TLS_ON_PLAIN_PORT, s, "", null, null, fixes);
            }
            return null;
        }
        boolean noGreeting = find(f.failure(), SocketTimeoutException.class).isPresent()
                || (f.lastReply() != null && f.lastReply().code() == -1);
        if (noGreeting && f.probe().speaksTls()) {
            List<SuggestedFix> fixes = new ArrayList<>();
            fixes.add(useTls(s, s.port()));
            if (s.port() != Security.STARTTLS.usualPort()) {
                fixes.add(useStartTls(s, Security.STARTTLS.usualPort()));
            }
            return new Diagnosis(DiagnosisKind.PLAIN_ON_TLS_PORT, s, "", null, null, fixes);
        }
        return null;
    }

    private static Diagnosis other(Facts f) {
        SmtpReply reply = f.lastReply();
        if (reply != null && reply.code() > 0 && !reply.text().isEmpty()) {
            return new Diagnosis(DiagnosisKind.OTHER, f.settings(), reply.text(), reply, null, List.of());
        }
        return new Diagnosis(DiagnosisKind.OTHER, f.settings(), innermostMessage(f.failure()), null, null, List.of());
    }

    private static Diagnosis withTimeoutFix(DiagnosisKind kind, Facts f) {
        SmtpSettings s = f.settings();
        List<SuggestedFix> fixes = new ArrayList<>();
        Duration raised = s.timeout().compareTo(RAISED_TIMEOUT) < 0 ? RAISED_TIMEOUT : SmtpSettings.MAX_TIMEOUT;
        if (raised.compareTo(s.timeout()) > 0) {
            fixes.add(new SuggestedFix(SuggestedFix.Kind.RAISE_TIMEOUT, s.withTimeout(raised)));
        }
        return new Diagnosis(kind, s, "", null, null, fixes);
    }

    private static Diagnosis diagnosis(DiagnosisKind kind, Facts f, String detail, SmtpReply reply) {
        return new Diagnosis(kind, f.settings(), detail, reply, null, List.of());
    }

    private static SuggestedFix useTls(SmtpSettings s, int port) {
        return new SuggestedFix(SuggestedFix.Kind.USE_TLS, s.withSecurity(Security.TLS, port));
    }

    private static SuggestedFix useStartTls(SmtpSettings s, int port) {
        return new SuggestedFix(SuggestedFix.Kind.USE_STARTTLS, s.withSecurity(Security.STARTTLS, port));
    }

    private static SmtpReply replyOf(int code, String serverText) {
        SmtpReply parsed = SmtpReply.parse(serverText);
        return parsed.code() == code ? parsed : new SmtpReply(code, parsed.enhanced(), parsed.text());
    }

    /** The failure itself or a cause of the given type; Jakarta Mail chains through getCause too. */
    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String innermostMessage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable last = failure;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            last = t;
        }
        if (last == null) {
            return "";
        }
        String message = last.getMessage();
        return message == null || message.isBlank() ? last.getClass().getSimpleName() : message.strip();
    }
}
