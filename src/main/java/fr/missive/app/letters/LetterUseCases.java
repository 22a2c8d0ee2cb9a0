package fr.missive.app.letters;

import fr.missive.app.letters.mailing.LetterMailing;

/** The standard letters: kept, composed, previewed, written to files and sent to contacts. */
public record LetterUseCases(LetterTemplateService templates, LetterComposer composer, LetterFiles files,
                             LetterPreview preview, LetterMailing mailing) {
}
