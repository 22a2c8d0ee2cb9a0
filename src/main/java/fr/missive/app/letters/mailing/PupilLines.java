package fr.missive.app.letters.mailing;

import fr.missive.app.letters.LetterRecipient;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.Addressees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sending of letters about pupils told pupil by pupil, as the secretary checks it: "Anaïs
 * DURAND — Mme DURAND : e-mail ; M. MARTIN : papier"; then each pupil without any guardian, and
 * each guardian who receives one letter per child. Shown in the dialog's summary and printed by
 * the command line. Empty for letters written to the contacts chosen.
 */
public final class PupilLines {

    private PupilLines() {
    }

    public static List<String> of(MailingPlan plan, Messages messages) {
        List<String> lines = new ArrayList<>();
        if (!plan.aboutPupils()) {
            return lines;
        }
        Map<Contact, List<PlannedRecipient>> byPupil = new LinkedHashMap<>();
        Map<Contact, List<Contact>> childrenOf = new LinkedHashMap<>();
        for (PlannedRecipient r : plan.recipients()) {
            LetterRecipient letter = r.letter();
            if (!letter.aboutSomeoneElse()) {
                continue;
            }
            byPupil.computeIfAbsent(letter.about(), k -> new ArrayList<>()).add(r);
            for (Contact guardian : letter.addressees()) {
                List<Contact> children = childrenOf.computeIfAbsent(guardian, k -> new ArrayList<>());
                if (!children.contains(letter.about())) {
                    children.add(letter.about());
                }
            }
        }
        byPupil.forEach((pupil, letters) -> {
            String each = null;
            for (PlannedRecipient r : letters) {
                String one = messages.get("mailing.pupil.each", shortName(r.letter().addressees(), messages), channel(r, messages));
                each = each == null ? one : messages.get("mailing.pupil.join", each, one);
            }
            lines.add(messages.get("mailing.pupil.line", pupil.displayName(), each));
        });
        plan.withoutGuardian().forEach(pupil -> lines.add(messages.get("mailing.pupil.noGuardian",
                pupil.displayName())));
        childrenOf.forEach((guardian, children) -> {
            if (children.size() > 1) {
                lines.add(messages.get("mailing.pupil.severalChildren", shortName(List.of(guardian), messages), children.size(),
                        String.join(", ", children.stream().map(Contact::displayName).toList())));
            }
        });
        return lines;
    }

    /** "Mme DURAND", or the names when no title is known; "Madame et Monsieur DURAND" for a shared letter. */
    static String shortName(List<Contact> addressees, Messages messages) {
        if (addressees.size() > 1) {
            return Addressees.of(addressees, messages.locale()).fullName();
        }
        Contact one = addressees.get(0);
        return one.title().isEmpty() ? one.displayName() : (one.title() + " " + one.lastName()).strip();
    }

    private static String channel(PlannedRecipient r, Messages messages) {
        if (r.route() == Route.EMAIL) {
            return messages.get("mailing.pupil.channel.email");
        }
        return messages.get(r.route().skipped() ? "mailing.pupil.channel.skipped" : "mailing.pupil.channel.paper");
    }
}
