package fr.missive.app.letters;

import fr.missive.app.letters.mailing.InterruptedMailings;
import fr.missive.app.letters.mailing.LetterMailing;
import fr.missive.app.letters.mailing.MailingMemory;

/**
 * The standard letters: kept, composed, previewed, written to files and sent to contacts; and each
 * user's last choices in the print-or-e-mail dialog; mailings whose queueing was cut short.
 */
public record LetterUseCases(LetterTemplateService templates, LetterComposer composer, LetterFiles files,
                             LetterPreview preview, LetterMailing mailing, MailingMemory mailingMemory,
                             InterruptedMailings interrupted) {
}
