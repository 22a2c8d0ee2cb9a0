package fr.missive.model.mail;

/** How Missive signs in to the SMTP server. */
public enum AuthMethod {
    NONE,
    /** User name and password (AUTH PLAIN or LOGIN), only over an encrypted connection unless explicitly allowed. */
    PASSWORD,
    /** Reserved for XOAUTH2 (a later issue): settings may carry it, the transport does not send with it yet. */
    OAUTH2
}
