package fr.missive.mail.returns;

import fr.missive.model.returns.BounceReason;
import fr.missive.model.returns.RecipientReturn;
import fr.missive.model.returns.ReturnKind;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code message/delivery-status} part of an RFC 3464 report: one {@link
 * RecipientReturn} per recipient block (Final-Recipient / Original-Recipient, Action, Status,
 * Diagnostic-Code, Last-Attempt-Date).
 */
final class DeliveryStatusReader {

    private static final Pattern STATUS = Pattern.compile("^\\s*([245]\\.\\d{1,3}\\.\\d{1,3})");

    private DeliveryStatusReader() {
    }

    /** What the delivery-status part says; its per-message fields come first and name no recipient. */
    static List<RecipientReturn> read(byte[] deliveryStatus, Instant reportDate) throws MessagingException {
        List<ReportFields> blocks = ReportFields.blocks(deliveryStatus);
        Optional<Instant> arrival = blocks.isEmpty() ? Optional.empty()
                : blocks.get(0).get("Arrival-Date").flatMap(MailDates::parse);
        List<RecipientReturn> recipients = new ArrayList<>();
        for (ReportFields block : blocks) {
            recipient(block, arrival.orElse(reportDate)).ifPresent(recipients::add);
        }
        return recipients;
    }

    /**
     * The Original-Message-ID (or Gmail's X-Original-Message-ID) some servers add to the
     * per-message fields: not in RFC 3464, but it names the original when its headers are not returned.
     */
    static Optional<String> originalMessageId(byte[] deliveryStatus) {
        List<ReportFields> blocks;
        try {
            blocks = ReportFields.blocks(deliveryStatus);
        } catch (MessagingException e) {
            return Optional.empty();
        }
        for (ReportFields block : blocks) {
            Optional<String> id = block.get("Original-Message-ID").or(() -> block.get("X-Original-Message-ID"))
                    .flatMap(OriginalHeaders::firstId);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static Optional<RecipientReturn> recipient(ReportFields block, Instant fallbackDate) {
        Optional<String> address = rfc822(block, "Original-Recipient").or(() -> rfc822(block, "Final-Recipient"));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        String diagnostic = block.typed("Diagnostic-Code").orElse(null);
        String status = block.get("Status").map(STATUS::matcher).filter(Matcher::find).map(m -> m.group(1))
                .or(() -> BounceReasons.codeIn(diagnostic)).orElse(null);
        Optional<ReturnKind> kind = kind(block.get("Action").orElse(""), status);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        BounceReason reason = kind.get().notReceived() ? BounceReasons.of(status, diagnostic) : null;
        Instant at = block.get("Last-Attempt-Date").flatMap(MailDates::parse).orElse(fallbackDate);
        return Optional.of(new RecipientReturn(address.get(), kind.get(), reason, status, diagnostic, at));
    }

    /**
     * An address field of type rfc822 (or untyped); a utf-8 or x400 address names no mailbox
     * the sent log knows, so it is left for the other field.
     */
    private static Optional<String> rfc822(ReportFields block, String name) {
        return block.get(name).filter(v -> {
            int semicolon = v.indexOf(';');
            return semicolon < 0 || v.substring(0, semicolon).trim().equalsIgnoreCase("rfc822")
                    || v.substring(0, semicolon).trim().equalsIgnoreCase("utf-8");
        }).map(ReportFields::withoutType).map(DeliveryStatusReader::bareAddress).filter(a -> a.contains("@"));
    }

    static String bareAddress(String address) {
        String a = address.trim();
        if (a.startsWith("<") && a.endsWith(">")) {
            a = a.substring(1, a.length() - 1).trim();
        }
        return a;
    }

    private static Optional<ReturnKind> kind(String action, String status) {
        switch (action.trim().toLowerCase(Locale.ROOT)) {
            case "failed":
                return Optional.of(ReturnKind.BOUNCED);
            case "delayed":
                return Optional.of(ReturnKind.DELAYED);
            case "delivered", "relayed", "expanded":
                return Optional.of(ReturnKind.DELIVERED);
            default:
                if (status == null) {
                    return Optional.empty();
                }
                return switch (status.charAt(0)) {
                    case '5' -> Optional.of(ReturnKind.BOUNCED);
                    case '4' -> Optional.of(ReturnKind.DELAYED);
                    default -> Optional.of(ReturnKind.DELIVERED);
                };
        }
    }
}
