package fr.missive.model.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the returns of one recipient of a message add up to: a bounce is final; otherwise the
 * latest return says (a delay followed by a delivery or a read receipt is no longer a delay).
 *
 * @param returns the recipient's returns, oldest first
 */
public record RecipientReturns(String address, List<LoggedReturn> returns) {

    public RecipientReturns {
        returns = List.copyOf(returns);
    }

    /** The returns of a message grouped by recipient (address compared without case), in first-return order. */
    public static Map<String, RecipientReturns> byAddress(List<LoggedReturn> returns) {
        Map<String, List<LoggedReturn>> grouped = new LinkedHashMap<>();
        for (LoggedReturn r : returns) {
            grouped.computeIfAbsent(key(r.address()), k -> new ArrayList<>()).add(r);
        }
        Map<String, RecipientReturns> result = new LinkedHashMap<>();
        grouped.forEach((k, list) -> result.put(k, new RecipientReturns(list.get(0).address(), list)));
        return result;
    }

    /** The key {@link #byAddress} uses for an address. */
    public static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** The return that says where the message is for this recipient: the bounce, else the latest. */
    public Optional<LoggedReturn> current() {
        Optional<LoggedReturn> bounce = returns.stream().filter(r -> r.kind() == ReturnKind.BOUNCED).findFirst();
        return bounce.isPresent() ? bounce : returns.isEmpty() ? Optional.empty()
                : Optional.of(returns.get(returns.size() - 1));
    }

    /** Bounced, or delayed with nothing since. */
    public boolean notReceived() {
        return current().map(r -> r.kind().notReceived()).orElse(false);
    }

    /** The read receipt (displayed or deleted), the latest one. */
    public Optional<LoggedReturn> readReceipt() {
        LoggedReturn found = null;
        for (LoggedReturn r : returns) {
            if (r.kind() == ReturnKind.DISPLAYED || r.kind() == ReturnKind.DELETED) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }
}
