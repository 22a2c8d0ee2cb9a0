package fr.missive.model;

import java.util.Optional;

/**
 * An argument of a {@link UserMessage} that is itself said in the reader's language, such as a
 * list of merge fields named « Prénom » in French and "First name" in English: whoever translates
 * the message (the window or the command line) hands it the wording of its language.
 */
public interface LocalizedArgument {

    /** The argument in words. */
    String in(Wording wording);

    /** The language an argument is said in, and how technical its reader is. */
    interface Wording {

        /** The text of a bundle key, when this language has one. */
        Optional<String> text(String key);

        /**
         * True on the command line, whose users write letter files with field codes: a field is
         * named by its label and its code, « Prénom ({{first_name}}) ».
         */
        boolean showsFieldCodes();
    }
}
