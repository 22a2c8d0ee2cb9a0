package fr.missive.app.outbox;

/** What waits to be sent, and the accounts whose messages wait for their user to sign in again. */
public record OutboxUseCases(OutboxService outbox, SignInAgain signInAgain) {
}
