package fr.missive.ui.common;

import fr.missive.app.returns.ReturnsService;
import fr.missive.model.contacts.Contact;
import fr.missive.model.returns.BounceMark;
import java.awt.Component;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * "Sending again to a bounced address warns first", in the window as on the command line: before
 * a sending, the addresses are looked up off the event thread; when some bounced before, the user
 * reads who (name, address, date, reason) and sends anyway, puts those letters on paper (when the
 * sending has paper) or cancels. With no mark, the sending goes on without a question.
 */
public final class BouncedAddressWarning {

    /** What the user chose. */
    public enum Answer { SEND_ANYWAY, ON_PAPER, CANCEL }

    private final UiContext context;
    private final ReturnsService returns;

    /** @param returns where the marks are read; null: never warns (a window opened without returns) */
    public BouncedAddressWarning(UiContext context, ReturnsService returns) {
        this.context = context;
        this.returns = returns;
    }

    /**
     * Looks up the addresses of these contacts and typed addresses, then calls {@code then} on the
     * EDT with the answer and the ids of the marked contacts ({@link Answer#SEND_ANYWAY} at once
     * when nothing bounced). {@code then} is not called when the look-up fails (the failure is reported).
     */
    public void check(Component parent, List<Contact> contacts, String typed, boolean paperOffered,
                      BiConsumer<Answer, Set<Long>> then) {
        if (returns == null) {
            then.accept(Answer.SEND_ANYWAY, Set.of());
            return;
        }
        List<String> addresses = new ArrayList<>();
        contacts.forEach(c -> c.emailAddress().ifPresent(a -> addresses.add(a.toString())));
        for (String part : (typed == null ? "" : typed).split("[,;\\s]+")) {
            String address = part.strip().replaceAll("^<|>$", "");
            if (address.contains("@")) {
                addresses.add(address);
            }
        }
        context.background().submit(() -> returns.marksOn(addresses), marks -> {
            if (marks.isEmpty()) {
                then.accept(Answer.SEND_ANYWAY, Set.of());
                return;
            }
            Set<Long> ids = marks.stream().map(BounceMark::contactId).collect(Collectors.toCollection(LinkedHashSet::new));
            then.accept(ask(parent, contacts, marks, paperOffered), ids);
        }, failure -> context.errors().report(parent, failure));
    }

    private Answer ask(Component parent, List<Contact> contacts, List<BounceMark> marks, boolean paperOffered) {
        StringBuilder question = new StringBuilder(context.text("ui.bounced.question", marks.size()));
        for (BounceMark mark : marks) {
            String name = contacts.stream().filter(c -> c.id() != null && c.id() == mark.contactId())
                    .map(Contact::displayName).findFirst().orElse(mark.address());
            question.append('\n').append("\u2022 ").append(context.text("ui.bounced.line", name, mark.address(),
                    day(context.clock(), context.messages().locale(), mark),
                    context.text("returns.reason." + mark.reason().name())));
        }
        String sendAnyway = context.text("ui.bounced.sendAnyway");
        if (paperOffered) {
            int answer = Alerts.choose(parent, context.messages(), question.toString(),
                    context.text("ui.bounced.onPaper"), sendAnyway);
            return answer == 0 ? Answer.ON_PAPER : answer == 1 ? Answer.SEND_ANYWAY : Answer.CANCEL;
        }
        int answer = Alerts.choose(parent, context.messages(), question.toString(), sendAnyway);
        return answer == 0 ? Answer.SEND_ANYWAY : Answer.CANCEL;
    }

    /** "12 janvier", with the year only when it is not this year's. */
    public static String day(Clock clock, Locale locale, BounceMark mark) {
        ZonedDateTime at = mark.bouncedAt().atZone(clock.getZone());
        boolean thisYear = at.getYear() == ZonedDateTime.now(clock).getYear();
        return DateTimeFormatter.ofPattern(thisYear ? "d MMMM" : "d MMMM yyyy", locale).format(at);
    }
}
