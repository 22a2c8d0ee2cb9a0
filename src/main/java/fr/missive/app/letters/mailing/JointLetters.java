package fr.missive.app.letters.mailing;

import fr.missive.app.letters.LetterRecipient;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.text.Folding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One letter for a pupil's guardians who live at the same address ("Madame et Monsieur
 * DURAND"), only when they would all receive it the same way: all by e-mail (one e-mail to every
 * address) or all on paper (one letter in one envelope). Guardians reached differently, at
 * another address, or without a postal address keep a letter each.
 */
final class JointLetters {

    private JointLetters() {
    }

    /** The planned letters with each pupil's guardians at one address, reached alike, sharing one. */
    static List<PlannedRecipient> join(List<PlannedRecipient> planned) {
        Map<String, List<PlannedRecipient>> groups = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (PlannedRecipient r : planned) {
            String key = key(r);
            if (key == null) {
                order.add(r);
                continue;
            }
            List<PlannedRecipient> group = groups.get(key);
            if (group == null) {
                group = new ArrayList<>();
                groups.put(key, group);
                order.add(key);
            }
            group.add(r);
        }
        List<PlannedRecipient> joined = new ArrayList<>(planned.size());
        for (Object item : order) {
            if (item instanceof PlannedRecipient single) {
                joined.add(single);
            } else {
                joined.add(merge(groups.get((String) item)));
            }
        }
        return joined;
    }

    /** What guardians must share to share a letter; null for a letter never shared. */
    private static String key(PlannedRecipient r) {
        LetterRecipient letter = r.letter();
        Contact addressee = letter.addressee();
        if (!letter.aboutSomeoneElse() || r.route().skipped() || letter.about().id() == null
                || !hasAddress(addressee.address())) {
            return null;
        }
        String channel = r.route() == Route.EMAIL ? "email" : "paper";
        return letter.about().id() + "|" + channel + "|" + address(addressee.address());
    }

    private static boolean hasAddress(PostalAddress address) {
        return !address.lines().isEmpty() && !address.city().isEmpty();
    }

    /** An address compared without case, accents, punctuation or spacing: "12, rue Vaugelas" is "12 RUE VAUGELAS". */
    private static String address(PostalAddress address) {
        String text = String.join(" ", address.lines()) + " " + address.postcode() + " " + address.city() + " "
                + address.country();
        return Folding.name(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static PlannedRecipient merge(List<PlannedRecipient> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        PlannedRecipient first = group.get(0);
        List<Contact> addressees = group.stream().map(PlannedRecipient::contact).toList();
        return PlannedRecipient.of(LetterRecipient.about(first.about(), addressees), first.route(), first.unknownFields());
    }
}
