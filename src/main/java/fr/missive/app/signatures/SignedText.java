package fr.missive.app.signatures;

/** A plain-text message with its signature below, marked off as mail programs expect. */
public final class SignedText {

    /** "-- " on its own line: mail programs recognise (and may fold) what follows as a signature. */
    public static final String SEPARATOR = "\n\n-- \n";

    private SignedText() {
    }

    /** {@code body}, then the separator and {@code signature}; the body alone when the signature is blank. */
    public static String join(String body, String signature) {
        return signature == null || signature.isBlank() ? body : body + SEPARATOR + signature;
    }
}
