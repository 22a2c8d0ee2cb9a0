package fr.missive.mail;

import jakarta.mail.MessagingException;

/** Missive's own refusal to send a password over a connection that is not encrypted. */
final class PlainPasswordRefusedException extends MessagingException {

    PlainPasswordRefusedException() {
        super("password not sent: the connection is not encrypted");
    }
}
