package fr.missive.model.mail;

/** How Missive signs in to the SMTP server. */
public enum AuthMethod {
    NONE,
    /** User name and password (AUTH PLAIN or LOGIN), only over an encrypted connection unless explicitly allowed. */
    PASSWORD,
    /** OAuth2 (XOAUTH2) with an access token obtained in the browser and refreshed by Missive. */
    OAUTH2
}
