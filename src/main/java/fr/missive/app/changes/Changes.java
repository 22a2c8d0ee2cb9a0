package fr.missive.app.changes;

import fr.missive.store.db.ChangeFeed;
import fr.missive.store.db.Database;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells the windows what another PC changed in a shared database: "contacts 12 and 15 changed",
 * "accounts changed (too many to name)". On the embedded database this process is the only
 * writer and its windows refresh themselves after their own writes, so nothing is ever told.
 */
public final class Changes implements AutoCloseable {

    /** What a window shows, as the tables behind it. */
    public enum Topic {
        CONTACTS("contact"),
        LETTERS("letter_template"),
        SIGNATURES("signature"),
        MESSAGE_TEMPLATES("message_template"),
        ACCOUNTS("mail_account"),
        /** The outbox and the sent log, which are the same rows in two states. */
        OUTBOX("outbox_message");

        private final String table;

        Topic(String table) {
            this.table = table;
        }
    }

    /**
     * Rows of a topic changed (added, edited or deleted) on another PC.
     *
     * @param ids  the rows' ids; empty when {@code many}
     * @param many too many rows to name (an import, a mailing): re-read what is shown
     */
    public record Changed(Topic topic, Set<Long> ids, boolean many) {
        public Changed {
            ids = Set.copyOf(ids);
        }
    }

    /** Told on a background thread: a window hands the change to the EDT itself. */
    public interface Listener {
        void changed(Changed change);
    }

    private static final Duration FALLBACK_POLL = Duration.ofSeconds(5);

    private final Map<Topic, List<Listener>> listeners = new EnumMap<>(Topic.class);
    private final Map<Topic, List<Runnable>> prompts = new EnumMap<>(Topic.class);
    private ChangeFeed feed;
    /** The shared database's server while it does not answer; never gone on the embedded one. */
    private ServerWatch server;

    private Changes() {
        for (Topic topic : Topic.values()) {
            listeners.put(topic, new CopyOnWriteArrayList<>());
            prompts.put(topic, new CopyOnWriteArrayList<>());
        }
    }

    /** Follows the database's changes from other PCs; an embedded database has none. */
    public static Changes following(Database db) {
        Changes changes = new Changes();
        changes.server = ServerWatch.of(db);
        if (!db.isEmbedded()) {
            changes.feed = ChangeFeed.start(db, new ChangeFeed.Listener() {
                @Override
                public void changed(List<ChangeFeed.Change> changed) {
                    changes.tell(changed);
                }

                @Override
                public void announced(Set<String> tables) {
                    changes.prompt(tables);
                }
            }, FALLBACK_POLL);
            // Back after an outage: what the windows show may be stale, or failed to load; re-read it all.
            changes.server.subscribe(new ServerWatch.Listener() {
                @Override
                public void gone(String address, Duration nextTry) {
                }

                @Override
                public void back() {
                    changes.everythingChanged();
                }
            });
        }
        return changes;
    }

    /** Tells nothing, ever (tests and tools that open no window). */
    public static Changes none() {
        return new Changes();
    }

    /** The watch of the shared database's server (the window's band); empty when nothing can go away. */
    public java.util.Optional<ServerWatch> server() {
        return java.util.Optional.ofNullable(server);
    }

    private void everythingChanged() {
        for (Topic topic : Topic.values()) {
            Changed changed = new Changed(topic, Set.of(), true);
            listeners.get(topic).forEach(l -> l.changed(changed));
        }
    }

    /** Whether changes from other PCs can come at all: false on the embedded database. */
    public boolean shared() {
        return feed != null;
    }

    /** Subscribes {@code listener} to the topic; the returned action unsubscribes it. */
    public Runnable subscribe(Topic topic, Listener listener) {
        listeners.get(topic).add(listener);
        return () -> listeners.get(topic).remove(listener);
    }

    /**
     * Runs {@code action} as soon as a PC announces a change of the topic, on the feed's thread,
     * before the change is read: for work that only has to look again, such as the outbox
     * worker when another PC queues a mailing or ends a batch. This PC's own announcements run
     * it too, so it must be cheap and harmless to run for nothing. The returned action
     * unsubscribes it. Never run on the embedded database.
     */
    public Runnable whenAnnounced(Topic topic, Runnable action) {
        prompts.get(topic).add(action);
        return () -> prompts.get(topic).remove(action);
    }

    private void prompt(Set<String> tables) {
        for (Topic topic : Topic.values()) {
            if (tables.contains(topic.table)) {
                prompts.get(topic).forEach(Runnable::run);
            }
        }
    }

    private void tell(List<ChangeFeed.Change> changes) {
        for (ChangeFeed.Change change : changes) {
            for (Topic topic : Topic.values()) {
                if (topic.table.equals(change.table())) {
                    Changed changed = new Changed(topic, change.ids(), change.many());
                    listeners.get(topic).forEach(l -> l.changed(changed));
                }
            }
        }
    }

    /** Stops following; the database is closed after this. */
    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
