package fr.missive.app.letters;

import fr.missive.model.users.User;

/**
 * Who signs the letter: the sending user's name, their function ("La Principale", "Secrétariat")
 * and an optional signature image (PNG or JPEG).
 */
public record LetterSender(String name, String function, byte[] signatureImage) {

    public LetterSender {
        name = name == null ? "" : name.strip();
        function = function == null ? "" : function.strip();
        signatureImage = signatureImage == null ? null : signatureImage.clone();
    }

    /** The user's name, no function and no signature image (users have none yet). */
    public static LetterSender of(User user) {
        return new LetterSender(user.name(), "", null);
    }

    @Override
    public byte[] signatureImage() {
        return signatureImage == null ? null : signatureImage.clone();
    }
}
