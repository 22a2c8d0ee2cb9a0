package fr.missive.model.letters;

import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything printed on one letter, already merged: what the PDF renderer lays out.
 *
 * @param placeAndDate     "Lyon, le 22 novembre 2026"
 * @param recipientLines   the address block, at most 6 lines, e.g. "Madame Anaïs SIMON",
 *                         "59 chemin du Moulin", "74000 ANNECY" (see {@link RecipientBlock})
 * @param subject          after "Objet :"; empty for none
 * @param body             Markdown subset
 * @param signatureImage   PNG or JPEG of the signature, or {@code null}
 * @param french           labels ("Objet :", "Tél. :") in French rather than English
 */
public record LetterContent(
        Institution institution,
        Logo logo,
        String placeAndDate,
        List<String> recipientLines,
        String subject,
        String body,
        String signatureName,
        String signatureFunction,
        byte[] signatureImage,
        boolean french) {

    public static final int MAX_RECIPIENT_LINES = 6;

    public LetterContent {
        Objects.requireNonNull(institution, "institution");
        placeAndDate = placeAndDate == null ? "" : placeAndDate.strip();
        recipientLines = List.copyOf(recipientLines == null ? List.of() : recipientLines);
        if (recipientLines.size() > MAX_RECIPIENT_LINES) {
            throw new IllegalArgumentException("at most " + MAX_RECIPIENT_LINES + " address lines");
        }
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body;
        signatureName = signatureName == null ? "" : signatureName.strip();
        signatureFunction = signatureFunction == null ? "" : signatureFunction.strip();
        signatureImage = signatureImage == null ? null : signatureImage.clone();
    }

    public Optional<Logo> logoIfAny() {
        return Optional.ofNullable(logo);
    }

    @Override
    public byte[] signatureImage() {
        return signatureImage == null ? null : signatureImage.clone();
    }
}
