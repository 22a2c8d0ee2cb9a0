package fr.missive.mail.returns;

import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReturnKind;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the {@code message/disposition-notification} part of an RFC 8098 read receipt. Only
 * "displayed" and "deleted" are kept: "dispatched" and "processed" say nothing about a person.
 */
final class DispositionReader {

    /** What one receipt says, with the Original-Message-ID it names (may be absent). */
    record Disposition(Optional<String> originalMessageId, Optional<String> recipient, ReturnKind kind) {
    }

    private DispositionReader() {
    }

    static Optional<Disposition> read(byte[] notification) throws MessagingException {
        List<ReportFields> blocks = ReportFields.blocks(notification);
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        ReportFields fields = blocks.get(0);
        Optional<ReturnKind> kind = fields.get("Disposition").flatMap(DispositionReader::kind);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> recipient = fields.typed("Original-Recipient").or(() -> fields.typed("Final-Recipient"))
                .map(DeliveryStatusReader::bareAddress).filter(a -> a.contains("@"));
        Optional<String> id = fields.get("Original-Message-ID").flatMap(OriginalHeaders::firstId);
        return Optional.of(new Disposition(id, recipient, kind.get()));
    }

    static RecipientReturn toReturn(String address, ReturnKind kind, Instant at) {
        return new RecipientReturn(address, kind, null, null, null, at);
    }

    /** "manual-action/MDN-sent-manually; displayed" (or "…; deleted/error") gives its type. */
    private static Optional<ReturnKind> kind(String disposition) {
        String type = ReportFields.withoutType(disposition).toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        type = (slash >= 0 ? type.substring(0, slash) : type).trim();
        return switch (type) {
            case "displayed" -> Optional.of(ReturnKind.DISPLAYED);
            case "deleted" -> Optional.of(ReturnKind.DELETED);
            default -> Optional.empty();
        };
    }
}
