package fr.missive.app.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds the outbox messages this process is sending, as every PC sharing the database sees
 * it: the PC's id (one per data folder, kept in it), the process id and the process's start, so
 * that two processes of one folder (the window and a command) never pass for each other and a
 * new process tells its own folder's dead ones from live ones. {@code lease}: how long a claim
 * holds without being renewed; another PC takes a message over only after that.
 */
public record OutboxHolder(String pcId, long pid, long startMillis, Duration lease) {

    /** Long enough for a slow database round trip; short enough that a PC switched off delays its messages little. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);
    /** A shorter lease for tests and trials, in milliseconds: {@code -Dmissive.outbox.leaseMillis=3000}. */
    public static final String LEASE_PROPERTY = "missive.outbox.leaseMillis";

    public OutboxHolder {
        Objects.requireNonNull(pcId, "pcId");
        if (pcId.isBlank() || pcId.contains(":")) {
            throw new IllegalArgumentException("a PC id has no colon: " + pcId);
        }
        if (lease.compareTo(Duration.ofMillis(400)) < 0) {
            throw new IllegalArgumentException("a lease shorter than 400 ms cannot be renewed in time: " + lease);
        }
    }

    /** This process, on the PC {@code pcId}, with the lease the system property gives, else two minutes. */
    public static OutboxHolder thisProcess(String pcId) {
        return thisProcess(pcId, leaseFromSystem());
    }

    public static OutboxHolder thisProcess(String pcId, Duration lease) {
        ProcessHandle self = ProcessHandle.current();
        return new OutboxHolder(pcId, self.pid(), startOf(self).orElse(0L), lease);
    }

    static Duration leaseFromSystem() {
        Long millis = Long.getLong(LEASE_PROPERTY);
        return millis == null ? DEFAULT_LEASE : Duration.ofMillis(millis);
    }

    /** The name written in {@code claimed_by}: {@code pc-…:pid:start}. */
    public String name() {
        return pcId + ":" + pid + ":" + startMillis;
    }

    /**
     * Whether {@code holder} is another process of this same PC that has ended (killed, crashed,
     * switched off): its messages can be taken over at once rather than after their lease. Only
     * for a process of this PC, since the process table seen is this computer's; unsure counts as
     * alive, which only means waiting for the lease.
     */
    public boolean isEndedProcessOfThisPc(String holder) {
        String[] parts = holder.split(":");
        if (parts.length != 3 || !parts[0].equals(pcId) || holder.equals(name())) {
            return false;
        }
        long otherPid;
        long otherStart;
        try {
            otherPid = Long.parseLong(parts[1]);
            otherStart = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (otherStart == 0) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(otherPid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        // The same number may be a new process now: the start time tells.
        return startOf(process.get()).map(start -> start != otherStart).orElse(false);
    }

    /** How often a claim is renewed: four times a lease, so one or two failed renewals lose nothing. */
    Duration renewEvery() {
        return lease.dividedBy(4);
    }

    /** A message may start on the wire only if its lease holds at least this long yet. */
    Duration margin() {
        return lease.dividedBy(2);
    }

    private static Optional<Long> startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }
}
