package fr.missive.store.outbox;

import java.util.List;

/**
 * The "sent" marks of an outbox shared by several PCs: each is one narrow row of
 * {@code outbox_sent_mark}, committed by itself (one round trip), and the outbox records a
 * batch's marks in one transaction ({@link OutboxStore#recordSentMarks}). The table is in the
 * shared database, unlike the embedded outbox's journal file, so that a PC that crashed leaves
 * its marks where the others see them: no PC claims a message that has a mark, and any PC
 * records the marks whose message no running lease holds any more. So a crashed PC still costs
 * at most the one message that was on the wire.
 */
public final class ServerSentMarks implements SentMarkLog {

    private final OutboxStore outbox;
    private final String holder;

    /** @param holder the worker's name in {@code claimed_by}, written beside each of its marks */
    public ServerSentMarks(OutboxStore outbox, String holder) {
        this.outbox = outbox;
        this.holder = holder;
    }

    @Override
    public void append(SentMark mark) {
        outbox.addSentMark(holder, mark);
    }

    @Override
    public List<Long> replayInto(OutboxStore store) {
        return store.recordSentMarks(holder);
    }

    /** Each recording records and deletes the rows it read, in its transaction; a mark added after that read waits for the next. */
    @Override
    public boolean recordsWhileAppending() {
        return true;
    }
}
