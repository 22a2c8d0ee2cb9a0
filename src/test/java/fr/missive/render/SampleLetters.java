package fr.missive.render;

import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.LetterContent;
import java.util.List;

/** Letters for the renderer tests. */
final class SampleLetters {

    static final String LONG_URL = "https://www.ac-lyon.fr/convocations/2026/" + "a".repeat(120)
            + "/reunion-parents-professeurs?eleve=" + "b".repeat(100) + "&classe=3e-A";

    private SampleLetters() {
    }

    static Institution institution() {
        return new Institution("Collège Jean Moulin", new PostalAddress(List.of("12 avenue des Frères-Lumière"),
                "69008", "Lyon", ""), "04 78 00 00 00", null);
    }

    static LetterContent letter(List<String> recipient, String subject, String body) {
        return new LetterContent(institution(), null, "Lyon, le 22 novembre 2026", recipient, subject, body,
                "Jeanne Martin", "La Principale", null, true);
    }

    static LetterContent convocation() {
        String body = """
                Madame, Monsieur,

                J'ai le plaisir de vous convier à la **réunion parents-professeurs** de la classe de *3e A*, \
                qui se tiendra le **mardi 1er décembre 2026 à 17 h 30** en salle polyvalente. Cette rencontre \
                permettra de faire le point sur le premier trimestre de votre enfant, Anaïs, et sur son projet \
                d'orientation. L'équipe pédagogique au complet sera présente.

                ## Ordre du jour

                - accueil par le professeur principal et présentation du bilan de mi-trimestre, avec un temps \
                d'échange sur la vie de la classe ;
                - entretiens individuels de dix minutes avec chaque professeur ;
                - présentation des **stages d'observation** en entreprise.

                Merci de vous munir des documents suivants :

                1. le carnet de correspondance ;
                2. l'attestation d'assurance scolaire ;
                3. la fiche de stage complétée.

                Vous pouvez réserver un créneau à l'adresse %s avant le vendredi 27 novembre.

                %s

                Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
                """.formatted(LONG_URL, ("En cas d'empêchement, merci de prévenir le secrétariat au plus tôt, "
                + "par téléphone ou par l'intermédiaire de l'espace numérique de travail. ").repeat(14));
        return letter(List.of("Madame Anaïs SIMON", "59 chemin du Moulin", "Bâtiment B", "74000 ANNECY"),
                "Convocation à la réunion parents-professeurs", body);
    }
}
