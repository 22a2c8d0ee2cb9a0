package fr.missive.model.outbox;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mailing's e-mail letters as planned before the first of them was queued, so that one left
 * half-queued (Missive closed, the PC switched off) says which letters did not reach the outbox.
 *
 * @param mailing     the mailing key its outbox messages carry
 * @param title       the letter's name, as the user knows the mailing
 * @param request     what the user chose, to queue the rest the same way (the app layer's format)
 */
public record PlannedMailing(String mailing, String accountName, long createdBy, String title, String request,
                             Instant plannedAt, List<Letter> letters) {

    public PlannedMailing {
        letters = List.copyOf(letters);
    }

    /**
     * One letter: {@code key} names the contacts it is about and written to, as {@link #letterKey}
     * reads them from the message's origin; {@code name} is who it is for, to read.
     */
    public record Letter(int position, String key, String name) {
    }

    /** "pupil id:addressee ids" of a message's origin; the same for the plan and the queued message. */
    public static String letterKey(MailOrigin origin) {
        String about = origin.about() == null ? "" : String.valueOf(origin.about().id());
        return about + ":" + origin.contacts().stream().map(c -> String.valueOf(c.id()))
                .collect(Collectors.joining(","));
    }
}
