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
    private final boolean markMissingAddress;

    public LetterComposer(InstitutionService institution, Clock clock) {
        this(institution, clock, true);
    }

    private LetterComposer(InstitutionService institution, Clock clock, boolean markMissingAddress) {
        this.institution = institution;
        this.clock = clock;
        this.markMissingAddress = markMissingAddress;
    }

    /**
     * The same for letters sent by e-mail: an addressee without a postal address gets the letter
     * with their name alone, not "(adresse postale manquante)", which is a note for the paper
     * letters the secretariat posts, not something to show a family.
     */
    public LetterComposer forEmail() {
        return new LetterComposer(institution, clock, false);
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
        return checkLetters(context, contacts.stream().map(LetterRecipient::of).toList());
    }

    /**
     * What would stop or spoil these letters, found without rendering anything; the addressees
     * without a postal address are told.
     */
    public Preflight checkLetters(LetterContext context, List<LetterRecipient> letters) {
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
        for (LetterRecipient letter : letters) {
            if (!hasPostalAddress(letter.addressee())) {
                withoutAddress.add(letter.addressee());
            }
            if (customSetsSeen.add(letter.about().custom().keySet())) {
                MergedLetter merged = Merge.apply(template, values(context, letter));
                unknown.addAll(merged.unknownFields());
                unterminated |= merged.unterminated();
            }
        }
        if (letters.isEmpty()) {
            MergedLetter merged = Merge.apply(template, values(context, (LetterRecipient) null));
            unknown.addAll(merged.unknownFields());
            unterminated = merged.unterminated();
        }
        unknown.removeAll(missing);
        unterminated |= FieldScan.of(template.subject()).openedAt().isPresent()
                || FieldScan.of(template.body()).openedAt().isPresent();
        return new Preflight(missing, List.copyOf(unknown), unterminated, withoutAddress,
                fieldLabels(template, letters));
    }

    /**
     * What a person reads for the fields these letters may lack: the labels the letter declares,
     * and the contacts' columns by their header ("Responsable légal"), since a field one contact
     * lacks is most often a column that others have.
     */
    public static Map<String, String> fieldLabels(LetterTemplate template, List<LetterRecipient> letters) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (LetterRecipient letter : letters) {
            for (String header : letter.about().custom().keySet()) {
                String code = MergeValues.customFieldName(header);
                if (!code.isEmpty() && !header.isBlank()) {
                    labels.putIfAbsent(code, header.strip());
                }
            }
        }
        labels.putAll(template.fieldLabels());
        return labels;
    }

    /** The letter to one contact, about them. Never fails on missing data: {@link #check} is where that is told. */
    public ComposedLetter compose(LetterContext context, Contact contact) {
        return compose(context, LetterRecipient.of(contact));
    }

    /**
     * The letter about {@code recipient.about()} written to its addressees, at the first one's
     * address. Never fails on missing data: {@link #check} is where that is told.
     */
    public ComposedLetter compose(LetterContext context, LetterRecipient recipient) {
        MergeValues values = values(context, recipient);
        MergedLetter merged = Merge.apply(context.template(), values);
        boolean withoutAddress = !hasPostalAddress(recipient.addressee());
        Institution school = context.institution();
        LetterContent content = new LetterContent(school, context.logo(), placeAndDate(context),
                recipientLines(recipient.addressees(), withoutAddress && markMissingAddress, context.language()),
                merged.subject(), merged.body(),
                values.value(MergeField.SENDER_NAME.fieldName()).orElse(""),
                values.value(MergeField.SENDER_FUNCTION.fieldName()).orElse(""),
                context.sender().signatureImage(), context.french());
        return new ComposedLetter(recipient, content, merged.unknownFields(), withoutAddress);
    }

    /**
     * A one-line text given at send time (an e-mail subject, a PDF file-name pattern) with this
     * contact's fields filled in, and the fields it names that are unknown.
     */
    public MergedLetter mergeLine(LetterContext context, Contact contact, String text) {
        return mergeLine(context, contact == null ? null : LetterRecipient.of(contact), text);
    }

    /** As {@link #mergeLine(LetterContext, Contact, String)} for a letter about someone, written to others. */
    public MergedLetter mergeLine(LetterContext context, LetterRecipient recipient, String text) {
        LetterTemplate line = new LetterTemplate("line", context.template().category(), text, "");
        return Merge.apply(line, values(context, recipient));
    }

    /** A letter can be posted with at least a street line and a city. */
    public static boolean hasPostalAddress(Contact contact) {
        PostalAddress address = contact.address();
        return !address.lines().isEmpty() && !address.city().isEmpty();
    }

    /** "Lyon, le 22 novembre 2026": the institution's city and the sending's date. */
    public static String placeAndDate(LetterContext context) {
        return LongDate.placeAndDate(context.institution().address().city(), context.date(), context.language());
    }

    /**
     * The merge values of one letter of the sending; with a null recipient, those every letter of
     * the sending has (the fields asked at sending, the sender, the institution, the date).
     */
    public static MergeValues values(LetterContext context, LetterRecipient recipient) {
        MergeValues.Builder values = MergeValues.builder();
        if (recipient != null) {
            values.contact(recipient.about()).addressees(recipient.addressees(), context.language());
        } else {
            values.addressees(List.of(), context.language());
        }
        values.institution(context.institution())
                .sender(context.sender().name(), context.sender().function())
                .today(context.date(), context.language());
        context.letterFields().forEach(values::field);
        return values.build();
    }

    private static List<String> recipientLines(List<Contact> addressees, boolean withoutAddress, Locale language) {
        List<String> lines = new ArrayList<>(RecipientBlock.of(addressees, language));
        if (withoutAddress) {
            while (lines.size() >= LetterContent.MAX_RECIPIENT_LINES) {
                lines.remove(lines.size() - 1);
            }
            lines.add(Messages.forLocale(language).get("letters.noPostalAddress"));
        }
        return lines;
    }
}
