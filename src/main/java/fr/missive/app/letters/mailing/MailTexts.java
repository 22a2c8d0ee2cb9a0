package fr.missive.app.letters.mailing;

import fr.missive.app.letters.ComposedLetter;
import fr.missive.app.letters.LetterRecipient;
import fr.missive.app.letters.PdfFileNames;
import fr.missive.app.outbox.MailContent;
import fr.missive.app.signatures.SignedText;
import fr.missive.i18n.Messages;
import fr.missive.render.HtmlMailBodyRenderer;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.MailBody;
import fr.missive.model.mail.Attachment;
import fr.missive.model.mail.InlineImage;
import fr.missive.model.outbox.MailOrigin;
import java.util.List;

/** The texts of a letter's e-mail: subject, message around the letter, attachment name, size. */
final class MailTexts {

    private static final int MIN_LETTERS_TO_SHOUT = 8;

    private MailTexts() {
    }

    static MailContent content(MailingPlan plan, ComposedLetter letter, byte[] pdf, LetterMailing.LineMerger merger,
                               MailBody body) {
        MailingOptions options = plan.options();
        LetterRecipient contact = letter.recipient();
        String subject = options.subject() == null ? letter.subject()
                : merger.merge(plan.context(), contact, options.subject());
        if (subject.isBlank()) {
            subject = plan.context().template().designation();
        }
        Messages messages = Messages.forLocale(options.language());
        String intro = options.intro() != null ? merger.merge(plan.context(), contact, options.intro())
                : messages.get(body == null ? "mailing.intro.attached" : "mailing.intro.below");
        if (options.signature() != null) {
            intro = SignedText.join(intro, merger.merge(plan.context(), contact, options.signature()));
        }
        String text = body == null ? intro + "\n" : intro + "\n\n" + body.text();
        String html = body == null ? null : HtmlMailBodyRenderer.withIntro(body.html(), intro);
        List<InlineImage> images = body == null ? List.of() : body.inlineImages();
        List<Attachment> attachments = pdf == null ? List.of()
                : List.of(Attachment.pdf(fileName(plan, contact, merger), pdf));
        return new MailContent(contact.emails(), subject, text, html, images, attachments, origin(plan, contact));
    }

    /**
     * The letter and whom the e-mail is sent to, for the sent log; for a letter about a pupil, the
     * pupil too, so that "did the letter about Anaïs leave?" finds it.
     */
    static MailOrigin origin(MailingPlan plan, LetterRecipient letter) {
        List<MailOrigin.ContactRef> to = letter.addressees().stream().filter(c -> c.id() != null)
                .map(c -> new MailOrigin.ContactRef(c.id(), c.displayName())).toList();
        Contact about = letter.about();
        MailOrigin.ContactRef pupil = letter.aboutSomeoneElse() && about.id() != null
                ? new MailOrigin.ContactRef(about.id(), about.displayName()) : null;
        return new MailOrigin(plan.context().template().designation(), to, pupil);
    }

    /** The attachment's name from the pattern, made safe for every file system, with ".pdf". */
    static String fileName(MailingPlan plan, LetterRecipient letter, LetterMailing.LineMerger merger) {
        String pattern = plan.options().pdfNamePattern();
        // Named after whom the letter is about: a family keeps one file per child.
        Contact contact = letter.about();
        String merged = pattern != null ? merger.merge(plan.context(), letter, pattern)
                : plan.context().template().designation() + " " + contact.lastName() + " " + contact.firstName();
        String safe = PdfFileNames.safe(merged.replaceAll("(?i)\\.pdf$", ""));
        return (safe.isEmpty() ? "lettre" : safe) + ".pdf";
    }

    /** A subject mostly in capitals, which spam filters hold against a message. */
    static boolean shouting(String subject) {
        if (subject == null) {
            return false;
        }
        String withoutFields = subject.replaceAll("\\{\\{[^}]*}}", "");
        long letters = withoutFields.codePoints().filter(Character::isLetter).count();
        long capitals = withoutFields.codePoints().filter(Character::isUpperCase).count();
        return letters >= MIN_LETTERS_TO_SHOUT && capitals * 10 >= letters * 7;
    }
}
