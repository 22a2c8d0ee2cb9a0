package fr.missive.render;

import fr.missive.model.letters.LetterContent;
import fr.missive.model.letters.MailBody;

/** Turns one merged letter into an e-mail body (HTML, plain text, inline images). */
public interface MailBodyRenderer {

    /** Throws a MissiveException the user can act on for bad input (an unreadable logo). */
    MailBody render(LetterContent letter);
}
