package fr.missive.letters;

import fr.missive.model.letters.LetterContent;

/** Turns one merged letter into a printable document; the app layer depends on this only. */
public interface LetterRenderer {

    /** The letter as PDF bytes. Throws a MissiveException the user can act on for bad input. */
    byte[] render(LetterContent letter);
}
