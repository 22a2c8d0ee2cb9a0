package fr.missive.app.letters;

import fr.missive.app.institution.InstitutionService;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.letters.LetterContent;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.LongDate;
import fr.missive.model.letters.Merge;
import fr.missive.model.letters.MergeField;
import fr.missive.model.letters.MergeValues;
import fr.missive.model.letters.MergedLetter;
import fr.missive.model.letters.RecipientBlock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a template and a contact into the letter the renderer prints: merge fields filled from
 * the contact, the institution, the signer, the date and the letter-specific fields; the address
 * block for the envelope window; place and date. {@link #check} says, before any rendering,
 * what would be missing for a whole batch.
 */
public final class LetterComposer {

    private final InstitutionService institution;
    private final Clock clock;

    public LetterComposer(InstitutionService institution, Clock clock) {
        this.institution = institution;
        this.clock = clock;
    }

    /**
     * The context of a sending from this PC: its institution and logo, today's date.
     *
     * @throws MissiveException {@code letters.noInstitution} before the first-run set-up
     */
    public LetterContext prepare(LetterTemplate template, LetterSender sender, Map<String, String> letterFields,
                                 Locale language) {
        Institution school = institution.find()
                .orElseThrow(() -> new MissiveException(UserMessage.of("letters.noInstitution")));
        return new LetterContext(template, school, institution.logo().orElse(null), sender, letterFields,
                LocalDate.now(clock), language);
    }

    /** What would stop or spoil the letters to these contacts, found without rendering anything. */
    public Preflight check(LetterContext context, List<Contact> contacts) {
        LetterTemplate template = context.template();
        List<String> missing = new ArrayList<>();
        for (String field : template.letterFields()) {
            String given = context.letterFields().get(field);
            if (given == null || given.isBlank()) {
                missing.add(field);
            }
        }
        Set<String> unknown = new LinkedHashSet<>();
        boolean unterminated = false;
        List<Contact> withoutAddress = new ArrayList<>();
        // Contacts differ only by their custom fields: merge once per distinct set of them.
        Set<Set<String>> customSetsSeen = new java.util.HashSet<>();
        for (Contact contact : contacts) {
            if (!hasPostalAddress(contact)) {
                withoutAddress.add(contact);
            }
            if (customSetsSeen.add(contact.custom().keySet())) {
                MergedLetter merged = Merge.apply(template, values(context, contact));
                unknown.addAll(merged.unknownFields());
                unterminated |= merged.unterminated();
            }
        }
        if (contacts.isEmpty()) {
            MergedLetter merged = Merge.apply(template, values(context, null));
            unknown.addAll(merged.unknownFields());
            unterminated = merged.unterminated();
        }
        unknown.removeAll(missing);
        unterminated |= FieldScan.of(template.subject()).openedAt().isPresent()
                || FieldScan.of(template.body()).openedAt().isPresent();
        return new Preflight(missing, List.copyOf(unknown), unterminated, withoutAddress, template.fieldLabels());
    }

    /** The letter to one contact. Never fails on missing data: {@link #check} is where that is told. */
    public ComposedLetter compose(LetterContext context, Contact contact) {
        MergeValues values = values(context, contact);
        MergedLetter merged = Merge.apply(context.template(), values);
        boolean withoutAddress = !hasPostalAddress(contact);
        Institution school = context.institution();
        LetterContent content = new LetterContent(school, context.logo(),
                LongDate.placeAndDate(school.address().city(), context.date(), context.language()),
                recipientLines(contact, withoutAddress, context.language()),
                merged.subject(), merged.body(),
                values.value(MergeField.SENDER_NAME.fieldName()).orElse(""),
                values.value(MergeField.SENDER_FUNCTION.fieldName()).orElse(""),
                context.sender().signatureImage(), context.french());
        return new ComposedLetter(contact, content, merged.unknownFields(), withoutAddress);
    }

    /**
     * A one-line text given at send time (an e-mail subject, a PDF file-name pattern) with this
     * contact's fields filled in, and the fields it names that are unknown.
     */
    public MergedLetter mergeLine(LetterContext context, Contact contact, String text) {
        LetterTemplate line = new LetterTemplate("line", context.template().category(), text, "");
        return Merge.apply(line, values(context, contact));
    }

    /** A letter can be posted with at least a street line and a city. */
    public static boolean hasPostalAddress(Contact contact) {
        PostalAddress address = contact.address();
        return !address.lines().isEmpty() && !address.city().isEmpty();
    }

    private static MergeValues values(LetterContext context, Contact contact) {
        MergeValues.Builder values = MergeValues.builder();
        if (contact != null) {
            values.contact(contact);
        }
        values.institution(context.institution())
                .sender(context.sender().name(), context.sender().function())
                .today(context.date(), context.language());
        context.letterFields().forEach(values::field);
        return values.build();
    }

    private static List<String> recipientLines(Contact contact, boolean withoutAddress, Locale language) {
        List<String> lines = new ArrayList<>(RecipientBlock.of(contact));
        if (withoutAddress) {
            while (lines.size() >= LetterContent.MAX_RECIPIENT_LINES) {
                lines.remove(lines.size() - 1);
            }
            lines.add(Messages.forLocale(language).get("letters.noPostalAddress"));
        }
        return lines;
    }
}
