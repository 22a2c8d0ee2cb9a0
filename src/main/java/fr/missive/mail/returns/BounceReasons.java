package fr.missive.mail.returns;

import fr.missive.model.returns.BounceReason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words why a message did not arrive, from the enhanced status code (RFC 3463) and
 * the receiving server's text. A precise code decides; a vague one ("5.0.0", "5.1.0", "5.5.0")
 * or none leaves it to the words servers commonly use, in English and French.
 */
public final class BounceReasons {

    /** An enhanced status code inside a server's text, as in "550-5.1.1 The email account…" or "(#5.1.1)". */
    private static final Pattern CODE_IN_TEXT = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.]*\\d)");

    private record Words(BounceReason reason, List<String> words) {
    }

    /** Looked through in this order: "mailbox size limit" is a full mailbox, not a large message. */
    private static final List<Words> WORDS = List.of(
            new Words(BounceReason.MAILBOX_FULL, List.of("quota", "mailbox full", "mailbox is full", "box full",
                    "insufficient storage", "storage limit", "mailbox size limit", "out of storage",
                    "boîte pleine", "boite pleine", "boîte aux lettres pleine", "boite aux lettres pleine")),
            new Words(BounceReason.UNKNOWN_DOMAIN, List.of("host not found", "domain not found",
                    "host or domain name not found", "name service error", "no mx", "domain does not exist",
                    "unrouteable address", "unroutable address", "no such domain", "domaine inconnu")),
            new Words(BounceReason.MAILBOX_DISABLED, List.of("disabled", "inactive", "deactivated", "suspended",
                    "account closed", "account has been closed", "mailbox closed", "no longer active",
                    "désactivé", "desactive")),
            new Words(BounceReason.UNKNOWN_ADDRESS, List.of("user unknown", "unknown user", "no such user",
                    "mailbox unknown", "unknown mailbox", "mailbox not found", "mailbox unavailable",
                    "does not exist", "doesn't exist", "recipient not found", "recipientnotfound",
                    "unknown recipient", "no such recipient", "invalid recipient", "recipient address rejected",
                    "no mailbox here", "address rejected", "not a valid mailbox", "no such mailbox",
                    "utilisateur inconnu", "adresse inconnue", "destinataire inconnu", "n'existe pas", "n’existe pas")),
            new Words(BounceReason.TOO_LARGE, List.of("too large", "too big", "size limit", "message size exceeds",
                    "exceeds the maximum", "exceeds size", "trop volumineux")),
            new Words(BounceReason.REFUSED_AS_SPAM, List.of("spam", "blocked", "blacklist", "blocklist", "spamhaus",
                    "junk", "reputation", "dmarc", "rejected for policy", "policy reasons", "content rejected",
                    "indésirable", "indesirable")),
            new Words(BounceReason.NOT_REACHABLE, List.of("timed out", "connection refused", "no route to host",
                    "network is unreachable", "unable to connect", "retry time", "delivery time expired",
                    "message expired", "could not be delivered within", "has not yet been delivered",
                    "connection reset", "temporarily unavailable")));

    private BounceReasons() {
    }

    /**
     * The reason for a status code (may be null) and a diagnostic (may be null); {@link
     * BounceReason#OTHER} when neither says.
     */
    public static BounceReason of(String statusCode, String diagnostic) {
        String code = statusCode;
        if (isVague(code)) {
            code = codeIn(diagnostic).filter(found -> !isVague(found)).orElse(code);
        }
        return fromCode(code).or(() -> fromWords(diagnostic)).orElse(BounceReason.OTHER);
    }

    /** The first enhanced status code written in a server's text ("550 5.1.1 …" gives "5.1.1"). */
    public static Optional<String> codeIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE_IN_TEXT.matcher(text);
        return m.find() ? Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3)) : Optional.empty();
    }

    /** A code that names only a class of trouble ("x.0.0", "x.1.0", "x.5.x", …), or none at all. */
    static boolean isVague(String code) {
        if (code == null) {
            return true;
        }
        String[] parts = code.trim().split("\\.");
        if (parts.length != 3) {
            return true;
        }
        return "0".equals(parts[2]) && !"7".equals(parts[1]) || "5".equals(parts[1]);
    }

    private static Optional<BounceReason> fromCode(String code) {
        if (isVague(code)) {
            return Optional.empty();
        }
        String[] parts = code.trim().split("\\.");
        String subject = parts[1];
        String detail = parts[2];
        BounceReason reason = switch (subject) {
            case "1" -> switch (detail) {
                case "1", "3", "6", "10" -> BounceReason.UNKNOWN_ADDRESS;
                case "2" -> BounceReason.UNKNOWN_DOMAIN;
                default -> null;
            };
            case "2" -> switch (detail) {
                case "1" -> BounceReason.MAILBOX_DISABLED;
                case "2" -> BounceReason.MAILBOX_FULL;
                case "3" -> BounceReason.TOO_LARGE;
                default -> null;
            };
            case "3" -> "4".equals(detail) ? BounceReason.TOO_LARGE : null;
            case "4" -> switch (detail) {
                case "4" -> BounceReason.UNKNOWN_DOMAIN;
                case "1", "2", "7" -> BounceReason.NOT_REACHABLE;
                default -> null;
            };
            case "7" -> BounceReason.REFUSED_AS_SPAM;
            default -> null;
        };
        return Optional.ofNullable(reason);
    }

    private static Optional<BounceReason> fromWords(String diagnostic) {
        if (diagnostic == null || diagnostic.isBlank()) {
            return Optional.empty();
        }
        String text = diagnostic.toLowerCase(Locale.ROOT);
        return WORDS.stream().filter(w -> w.words().stream().anyMatch(text::contains)).map(Words::reason).findFirst();
    }
}
