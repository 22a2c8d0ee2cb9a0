package fr.missive.model.mail;

/**
 * Why sending failed, as the user must act on it. Each kind has the sentence
 * {@code diagnosis.<KIND>} in both languages.
 */
public enum DiagnosisKind {
    /** The server's name does not resolve. */
    UNKNOWN_HOST,
    /** No route to the server (network down, firewall answering for it). */
    HOST_UNREACHABLE,
    CONNECTION_REFUSED,
    /** The TCP connection was not established within the server timeout. */
    CONNECT_TIMEOUT,
    /** Connected, then the server stopped answering within the server timeout. */
    READ_TIMEOUT,
    /** SSL/TLS chosen, but the port speaks plain SMTP (587 or 25). */
    TLS_ON_PLAIN_PORT,
    /** No encryption or STARTTLS chosen, but the port expects TLS from the start (465). */
    PLAIN_ON_TLS_PORT,
    STARTTLS_NOT_OFFERED,
    /** The certificate does not chain to a trusted authority; carries its fingerprint. */
    CERTIFICATE_UNTRUSTED,
    HOST_NAME_MISMATCH,
    /** Password sign-in chosen, but the server offers no sign-in we can use. */
    AUTH_NOT_OFFERED,
    /** 535 and the like: wrong user name or password. */
    AUTH_REFUSED,
    /** Microsoft 365's 5.7.30 / 5.7.139: passwords are switched off for SMTP. */
    BASIC_AUTH_DISABLED,
    /** No sign-in chosen, but the server wants one (530). */
    AUTH_REQUIRED,
    /** Our own refusal to send a password over an unencrypted connection. */
    PASSWORD_OVER_PLAIN_REFUSED,
    /** The server refused the sender address (550, 5.7.60 SendAsDenied…). */
    SENDER_REFUSED,
    RECIPIENT_REFUSED,
    /** 552 or 5.3.4. */
    MESSAGE_TOO_LARGE,
    /** The server timeout ran out while the message itself was being sent or confirmed. */
    DATA_TIMEOUT,
    /** Anything else; the server's reply is shown verbatim. */
    OTHER,
    /** The user cancelled the attempt. */
    CANCELLED;

    public String messageKey() {
        return "diagnosis." + name();
    }
}
