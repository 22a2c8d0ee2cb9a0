package fr.missive.mail;

/** Where in the SMTP dialogue an attempt was when it failed. */
enum Phase {
    /** DNS, TCP connect, the TLS handshake of implicit TLS, the server's greeting. */
    CONNECTING,
    /** The greeting arrived; EHLO or HELO. */
    EHLO,
    STARTTLS,
    AUTH,
    MAIL_FROM,
    RCPT_TO,
    /** DATA, the message itself and the server's final reply to it. */
    DATA,
    QUIT
}
