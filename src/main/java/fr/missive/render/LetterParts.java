package fr.missive.render;

import fr.missive.model.letters.LetterContent;
import java.util.ArrayList;
import java.util.List;

/** The texts around the body that the PDF and the e-mail print alike. */
final class LetterParts {

    private LetterParts() {
    }

    /** The letterhead under the institution's name: street lines, postcode and city, phone. */
    static List<String> letterheadDetails(LetterContent letter) {
        var institution = letter.institution();
        List<String> lines = new ArrayList<>(institution.address().lines());
        String city = (institution.address().postcode() + " " + institution.address().city()).strip();
        if (!city.isEmpty()) {
            lines.add(city);
        }
        if (!institution.phone().isEmpty()) {
            lines.add((letter.french() ? "Tél.\u00A0: " : "Tel: ") + institution.phone());
        }
        return lines.stream().map(PdfLetterRenderer::clean).toList();
    }

    /** "Objet : " (no-break space before the colon) or "Subject: ". */
    static String subjectLabel(LetterContent letter) {
        return letter.french() ? "Objet\u00A0: " : "Subject: ";
    }
}
