package fr.missive.app.compose;

import fr.missive.app.RequestText;
import fr.missive.model.EmailAddress;
import fr.missive.model.contacts.Contact;
import fr.missive.model.signatures.Signature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A document mailing's draft as its journal keeps it (the files by path, the message as typed,
 * before merging), so that the e-mails not queued when it was cut short can be queued the same
 * way: the files are read and the fields merged again then.
 */
final class DocumentRequest {

    private static final String KIND = "kind";
    private static final String DOCUMENT = "document";
    private static final String FILE = "file.";

    private DocumentRequest() {
    }

    static String write(DocumentDraft draft) {
        Properties p = new Properties();
        p.setProperty(KIND, DOCUMENT);
        for (int i = 0; i < draft.files().size(); i++) {
            p.setProperty(FILE + i, draft.files().get(i).toString());
        }
        if (draft.folder() != null) {
            p.setProperty("folder", draft.folder().toString());
        }
        p.setProperty("subject", draft.subject());
        p.setProperty("body", draft.body() == null ? "" : draft.body());
        p.setProperty("signature", draft.signature() == null ? "" : draft.signature());
        p.setProperty("language", draft.language().toLanguageTag());
        if (draft.chosenSignature() != null && draft.chosenSignature().id() != null) {
            p.setProperty("signatureId", String.valueOf(draft.chosenSignature().id()));
        }
        p.setProperty("readReceipt", String.valueOf(draft.readReceipt()));
        return RequestText.write(p);
    }

    static boolean isDocument(String request) {
        return DOCUMENT.equals(RequestText.read(request).getProperty(KIND));
    }

    /**
     * The draft again, to these recipients; the signature chosen then, if it still exists (when its
     * text changed since, the typed text goes as plain text, as {@link EmailDraft#formattedSignature} says).
     */
    static DocumentDraft read(String request, String accountName, List<Contact> contacts,
                              List<EmailAddress> addresses, LongFunction<Optional<Signature>> signatures) {
        Properties p = RequestText.read(request);
        List<Path> files = new ArrayList<>();
        for (int i = 0; p.getProperty(FILE + i) != null; i++) {
            files.add(Path.of(p.getProperty(FILE + i)));
        }
        String folder = p.getProperty("folder");
        String signatureId = p.getProperty("signatureId");
        Signature chosen = signatureId == null ? null : signatures.apply(Long.parseLong(signatureId)).orElse(null);
        return new DocumentDraft(accountName, contacts,
                addresses.stream().map(EmailAddress::toString).collect(Collectors.joining(", ")), files,
                folder == null ? null : Path.of(folder), p.getProperty("subject", ""), p.getProperty("body", ""),
                p.getProperty("signature", ""), Locale.forLanguageTag(p.getProperty("language", "fr")), chosen,
                Boolean.parseBoolean(p.getProperty("readReceipt")));
    }
}
