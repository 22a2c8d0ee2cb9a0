package fr.missive.app.returns;

/**
 * The returns of sent mail: reading the mailboxes now ({@link ReturnsService}) and in the
 * background while the window is open ({@link ReturnsWatcher}: IMAP IDLE where the server has it,
 * else every 30 s; started by the window, stopped when the folder closes), and the
 * letters of the bounced recipients to print ({@link BouncedLetters}).
 */
public record ReturnsUseCases(ReturnsService service, ReturnsWatcher watcher, BouncedLetters bouncedLetters) {
}
