package fr.missive.render;

import fr.missive.model.letters.LetterContent;

/** Turns one merged letter into a printable document; the app layer depends on this only. */
public interface LetterRenderer {

    /** The letter as PDF bytes. Throws a MissiveException the user can act on for bad input. */
    byte[] render(LetterContent letter);

    /**
     * A renderer for a batch whose letters are all known before the first is rendered (read once
     * here, then given to {@link #render} one by one), which may share work between them. The
     * default is this renderer.
     */
    default LetterRenderer forBatch(Iterable<LetterContent> letters) {
        return this;
    }

    /**
     * A renderer for letters that leave one by one (e-mail attachments): each embeds only what
     * it prints, as {@link #render} does, but it may share work between letters. The default is
     * this renderer.
     */
    default LetterRenderer forAttachments() {
        return this;
    }
}
