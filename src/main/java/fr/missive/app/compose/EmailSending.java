package fr.missive.app.compose;

import fr.missive.app.Validator;
import fr.missive.app.compose.EmailPlan.PersonalMessage;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.outbox.OutboxService;
import fr.missive.app.outbox.QueueOptions;
import fr.missive.app.signatures.SignatureHtml;
import fr.missive.app.signatures.SignedText;
import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.Merge;
import fr.missive.model.letters.MergeField;
import fr.missive.model.letters.MergeValues;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.InlineImage;
import fr.missive.model.outbox.MailOrigin;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import fr.missive.render.MailMarkdown;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Send an e-mail": a subject and body with merge fields, a signature and attachments, to
 * chosen contacts and typed addresses. Each recipient gets their own merged copy; contacts
 * without an address or without consent are left out and told. Sending only queues in the
 * outbox, which delivers in the background.
 */
public final class EmailSending {

    /** The content id of a signature's image in the HTML copy. */
    static final String SIGNATURE_IMAGE_ID = "signature@missive";

    private final InstitutionService institution;
    private final OutboxService outbox;
    private final Clock clock;

    public EmailSending(InstitutionService institution, OutboxService outbox, Clock clock) {
        this.institution = institution;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Checks the draft and merges each recipient's copy, without sending anything. */
    public EmailPlan plan(User actor, EmailDraft draft) {
        Validator v = new Validator();
        List<EmailAddress> others = otherAddresses(v, draft.otherAddresses());
        v.require("subject", draft.subject()).maxLength("subject", draft.subject(), 900);
        List<PersonalMessage> messages = new ArrayList<>();
        List<EmailPlan.Skipped> skipped = new ArrayList<>();
        Set<EmailAddress> seen = new LinkedHashSet<>();
        for (Contact contact : draft.contacts()) {
            Optional<UserMessage> skip = skipReason(contact);
            if (skip.isPresent()) {
                skipped.add(new EmailPlan.Skipped(contact, skip.get()));
            } else if (seen.add(contact.email())) {
                messages.add(mergeFor(actor, draft, contact));
            }
        }
        for (EmailAddress address : others) {
            if (seen.add(address)) {
                messages.add(mergeFor(actor, draft, address));
            }
        }
        if (messages.isEmpty() && !v.hasErrors()) {
            v.add("recipients", UserMessage.of(skipped.isEmpty() ? "compose.noRecipient" : "compose.nobodyReachable"));
        }
        v.throwIfInvalid();
        return new EmailPlan(messages, skipped);
    }

    /** The typed addresses, each once; those that do not parse are field errors of "others". */
    static List<EmailAddress> otherAddresses(Validator v, String typed) {
        List<EmailAddress> others = new ArrayList<>();
        for (String part : typed.split("[,;\\n]")) {
            EmailAddress address = v.optionalEmail("others", part.strip());
            if (address != null && !others.contains(address)) {
                others.add(address);
            }
        }
        return others;
    }

    /** A contact's copy of the draft, merged with their values. */
    PersonalMessage mergeFor(User actor, EmailDraft draft, Contact contact) {
        return merge(actor, draft, values(actor, draft).contact(contact).build(), contact.displayName(),
                contact.email()).about(contact.id());
    }

    /** The copy for a typed address: only {@code {{email}}} is known of its recipient. */
    PersonalMessage mergeFor(User actor, EmailDraft draft, EmailAddress address) {
        MergeValues values = values(actor, draft).field(MergeField.EMAIL.fieldName(), address.toString()).build();
        return merge(actor, draft, values, address.toString(), address);
    }

    /** Why a contact will get no e-mail, or empty when they will. */
    public static Optional<UserMessage> skipReason(Contact contact) {
        if (contact.email() == null) {
            return Optional.of(UserMessage.of("compose.skipped.noEmail"));
        }
        if (!contact.consent().accepts()) {
            return Optional.of(UserMessage.of("compose.skipped.noConsent"));
        }
        return Optional.empty();
    }

    /** Plans the draft, then commits every copy to the outbox at once; returns what was queued and skipped. */
    public EmailPlan send(User actor, EmailDraft draft) {
        EmailPlan plan = plan(actor, draft);
        List<InlineImage> images = signatureImages(draft);
        List<MailContent> contents = plan.messages().stream()
                .map(m -> content(m, images, draft.attachments())).toList();
        outbox.queue(actor, draft.accountName(), contents, QueueOptions.newMailing(draft.readReceipt()));
        return plan;
    }

    /** The formatted signature's image, shown by the HTML copies; none when the signature was changed for this message. */
    static List<InlineImage> signatureImages(EmailDraft draft) {
        Signature formatted = draft.formattedSignature();
        return formatted != null && formatted.hasImage()
                ? List.of(new InlineImage(SIGNATURE_IMAGE_ID, formatted.imageType(), formatted.image())) : List.of();
    }

    /** One merged copy as the outbox takes it. */
    static MailContent content(PersonalMessage m, List<InlineImage> signatureImages, List<Attachment> attachments) {
        return new MailContent(List.of(m.to()), m.subject(), m.text(), m.html(),
                m.html() == null ? List.of() : signatureImages, attachments, origin(m));
    }

    /** A copy merged for a contact names them in the sent log; a free address concerns no contact. */
    static MailOrigin origin(PersonalMessage m) {
        return m.contactId() == null ? MailOrigin.NONE
                : MailOrigin.of(null, new MailOrigin.ContactRef(m.contactId(), m.recipientName()));
    }

    private MergeValues.Builder values(User actor, EmailDraft draft) {
        MergeValues.Builder values = MergeValues.builder().sender(actor.name(), "")
                .today(LocalDate.now(clock), draft.language());
        institution.find().ifPresent(values::institution);
        return values;
    }

    /**
     * The body and the formatted signature are Markdown (values escaped as in a letter); the copy
     * has the readable plain text derived from it and the HTML the inline letters use.
     */
    private static PersonalMessage merge(User actor, EmailDraft draft, MergeValues values, String name,
                                                   EmailAddress to) {
        String body = mergeMarkdown(draft.body(), values);
        String signature = mergeText(draft.signature(), values);
        String text = SignedText.join(MailMarkdown.text(body), signature);
        Signature formatted = draft.formattedSignature();
        String formattedText = formatted == null || formatted.formattedText().isBlank() ? null
                : mergeMarkdown(formatted.formattedText(), values);
        String html = SignatureHtml.message(body, formattedText, signature,
                formatted != null && formatted.hasImage() ? SIGNATURE_IMAGE_ID : null);
        return new PersonalMessage(name, to, mergeText(draft.subject(), values), text, html, null);
    }

    /** Markdown merged as a letter's body is: Markdown characters of a value escaped. */
    static String mergeMarkdown(String markdown, MergeValues values) {
        return Merge.apply(new LetterTemplate("e-mail", Category.OTHER, "", markdown), values).body();
    }

    /**
     * Plain text merged as a letter's subject is: values inserted as they are (no Markdown
     * escaping, which would show in a plain-text e-mail), an unknown field left as typed.
     */
    static String mergeText(String text, MergeValues values) {
        return Merge.apply(new LetterTemplate("e-mail", Category.OTHER, text, ""), values).subject();
    }
}
