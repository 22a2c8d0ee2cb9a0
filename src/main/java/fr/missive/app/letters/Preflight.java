package fr.missive.app.letters;

import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.FieldNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What stands in the way of a batch of letters, known before anything is rendered.
 *
 * @param missingFields   letter-specific fields the template asks for and nobody gave: ask the
 *                        user once for the whole batch
 * @param unknownFields   fields that are neither standard, nor the contacts' custom fields, nor
 *                        given: these letters would print {@code {{name}}}
 * @param unterminated    the subject or body has a {@code {{} that is never closed
 * @param withoutAddress  contacts without a usable postal address: a warning, their letters say so
 *                        in the address block
 * @param fieldLabels     the labels the letter declares for its fields, and the contacts' columns
 *                        by their header, so that the sentences name them as a person does
 */
public record Preflight(List<String> missingFields, List<String> unknownFields, boolean unterminated,
                        List<Contact> withoutAddress, Map<String, String> fieldLabels) {

    public Preflight {
        missingFields = List.copyOf(missingFields);
        unknownFields = List.copyOf(unknownFields);
        withoutAddress = List.copyOf(withoutAddress);
        fieldLabels = Map.copyOf(fieldLabels);
    }

    public Preflight(List<String> missingFields, List<String> unknownFields, boolean unterminated,
                     List<Contact> withoutAddress) {
        this(missingFields, unknownFields, unterminated, withoutAddress, Map.of());
    }

    /** True when the letters can be rendered (warnings aside). */
    public boolean ready() {
        return missingFields.isEmpty() && unknownFields.isEmpty() && !unterminated;
    }

    /** One sentence per blocking problem, for a dialog or the command line. */
    public List<UserMessage> blockers() {
        List<UserMessage> problems = new ArrayList<>();
        if (!missingFields.isEmpty()) {
            problems.add(UserMessage.of("letters.preflight.missingFields",
                    FieldNames.labelled(missingFields, fieldLabels)));
        }
        if (!unknownFields.isEmpty()) {
            problems.add(UserMessage.of("letters.preflight.unknownFields",
                    FieldNames.labelledWhereKnown(unknownFields, fieldLabels)));
        }
        if (unterminated) {
            problems.add(UserMessage.of("letters.preflight.unterminated", "{{"));
        }
        return problems;
    }
}
