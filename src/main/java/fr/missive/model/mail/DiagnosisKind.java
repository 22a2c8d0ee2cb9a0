package fr.missive.model.mail;

import java.util.Optional;

/**
 * Why sending failed, as the user must act on it. Each kind has the sentence
 * {@code diagnosis.<KIND>} in both languages.
 */
public enum DiagnosisKind {
    /** The server's name does not resolve. */
    UNKNOWN_HOST("host"),
    /** No route to the server (network down, firewall answering for it). */
    HOST_UNREACHABLE("host"),
    CONNECTION_REFUSED("port"),
    /** The TCP connection was not established within the server timeout. */
    CONNECT_TIMEOUT("timeout"),
    /** Connected, then the server stopped answering within the server timeout. */
    READ_TIMEOUT("timeout"),
    /** SSL/TLS chosen, but the port speaks plain SMTP (587 or 25). */
    TLS_ON_PLAIN_PORT("security"),
    /** No encryption or STARTTLS chosen, but the port expects TLS from the start (465). */
    PLAIN_ON_TLS_PORT("security"),
    STARTTLS_NOT_OFFERED("security"),
    /** The certificate does not chain to a trusted authority; carries its fingerprint. */
    CERTIFICATE_UNTRUSTED("security"),
    HOST_NAME_MISMATCH("host"),
    /** Password sign-in chosen, but the server offers no sign-in we can use. */
    AUTH_NOT_OFFERED("auth"),
    /** 535 and the like: wrong user name or password. */
    AUTH_REFUSED("password"),
    /** Microsoft 365's 5.7.30 / 5.7.139: passwords are switched off for SMTP. */
    BASIC_AUTH_DISABLED("auth"),
    /**
     * OAuth2 sign-in: the server refused the access token (535, or 334 with an error JSON). After
     * one refresh the account must be signed in again in the browser.
     */
    OAUTH_SIGN_IN_AGAIN("auth"),
    /** No sign-in chosen, but the server wants one (530). */
    AUTH_REQUIRED("auth"),
    /** Our own refusal to send a password over an unencrypted connection. */
    PASSWORD_OVER_PLAIN_REFUSED("security"),
    /** The server refused the sender address (550, 5.7.60 SendAsDenied…). */
    SENDER_REFUSED("from"),
    RECIPIENT_REFUSED("to"),
    /** 552 or 5.3.4. */
    MESSAGE_TOO_LARGE(null),
    /** The server timeout ran out while the message itself was being sent or confirmed. */
    DATA_TIMEOUT("timeout"),
    /** Anything else; the server's reply is shown verbatim. */
    OTHER(null),
    /** The user cancelled the attempt. */
    CANCELLED(null),
    /**
     * Sandbox mode: the server is not the demonstration mail catcher, and a sandbox never
     * connects anywhere else.
     */
    OUTSIDE_SANDBOX("host");

    private final String field;

    DiagnosisKind(String field) {
        this.field = field;
    }

    /**
     * The input to mark in the form: a component of {@link SmtpSettings} ({@code host},
     * {@code port}, {@code security}, {@code auth}, {@code timeout}), {@code password}, or the
     * test message's {@code from} or {@code to}; empty when no one field is at fault.
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String messageKey() {
        return "diagnosis." + name();
    }
}
