package fr.missive.app.signatures;

/**
 * A signature as typed in the form, not checked yet.
 *
 * @param id          null for a new signature
 * @param accountName the institution account it belongs to, or null for the user's own
 */
public record SignatureDraft(Long id, String accountName, String name, String plainText, String formattedText,
                             byte[] image, String imageType, boolean makeDefault) {
}
