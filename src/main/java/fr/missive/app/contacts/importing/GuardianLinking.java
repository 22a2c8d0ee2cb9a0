package fr.missive.app.contacts.importing;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.Guardianship;
import fr.missive.store.contacts.ContactStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The guardians an import meets and the links it makes: each guardian matched or created once
 * (see {@link GuardianMatcher}), planned like the pupils, and linked to the pupil with their
 * rank. Links that exist with the same rank are not written again. The known links are read
 * only when the file names a guardian, so a file of staff costs nothing more.
 *
 * <p>A link with a new contact on one side is written, hidden like that contact, as soon as both
 * sides are handed over to be written, while the rows it names are still in the engine's cache
 * (written once the whole file was read, 100,000 links took the embedded engine 2.5 s, most of it
 * reading contact rows back from its data file to check them). A later line that gives such a
 * link another rank has it rewritten when the import is shown.
 */
final class GuardianLinking {

    private final List<Contact> known;
    private final Supplier<List<Guardianship>> knownLinks;
    private final ImportPlan plan;
    private final ImportPlan pupils;
    private final ContactStore.StagedImport staging;
    private final ImportWrites writes;
    /** Pupil identity → guardian identity → rank, in the order the file gives them. */
    private final Map<Object, Map<Object, Rank>> links = new LinkedHashMap<>();
    private final Map<Long, Map<Long, Integer>> stored = new HashMap<>();
    /** Links with a new side, not yet handed over to be written. */
    private List<Unwritten> unwritten = new ArrayList<>();
    /** The two plans' batches handed over when {@link #unwritten} was last looked through. */
    private int batchesSeen;
    private int writtenEarly;
    private GuardianMatcher matcher;

    /** A link's rank as the file leaves it so far, and the rank it was handed over with (0: not yet). */
    private static final class Rank {
        int rank;
        int written;

        Rank(int rank) {
            this.rank = rank;
        }
    }

    private record Unwritten(Object pupil, Object guardian, Rank rank) {
    }

    /**
     * @param pupils the pupils' plan, which knows the new pupils' row ids
     * @param writes where the links are written, after the contacts they name
     */
    GuardianLinking(List<Contact> known, Supplier<List<Guardianship>> knownLinks,
                    ContactStore.StagedImport staging, ImportWrites writes, ImportPlan pupils) {
        this.known = known;
        this.knownLinks = knownLinks;
        this.plan = new ImportPlan(staging, writes);
        this.pupils = pupils;
        this.staging = staging;
        this.writes = writes;
    }

    /**
     * The links an import writes that were not written while the file was read: those with a new
     * contact on one side, and those between known ones (with the links written early whose rank
     * a later line changed: rewritten as a known link's is); {@code writtenEarly} counts the others.
     */
    record Links(List<Guardianship> ofNew, List<Guardianship> ofKnown, int writtenEarly) {
        int count() {
            return ofNew.size() + ofKnown.size() + writtenEarly;
        }
    }

    /**
     * Plans the guardians of one record and their links to its pupil.
     *
     * @param pupil   what identifies the pupil in the import (see {@link ContactMatcher.Match})
     * @param pupilId the known pupil's id, {@code null} for a new pupil
     */
    void add(Object pupil, Long pupilId, List<RowConverter.RankedGuardian> guardians, LocalDate today,
             String source) {
        if (guardians.isEmpty()) {
            return;
        }
        GuardianMatcher m = matcher();
        Map<Object, Rank> ofPupil = links.computeIfAbsent(pupil, k -> new LinkedHashMap<>(4));
        for (RowConverter.RankedGuardian g : guardians) {
            GuardianMatcher.Entry entry = m.match(g.guardian(), pupilId);
            Contact contact = g.guardian().applyTo(plan.current(entry.identity, entry.stored), today, source);
            plan.put(entry.identity, g.guardian().line(), contact, entry.stored);
            m.updated(entry, contact);
            Rank link = ofPupil.get(entry.identity);
            int rank = g.rank() > 0 ? g.rank() : link != null ? link.rank : nextRank(ofPupil);
            if (link == null) {
                link = new Rank(rank);
                ofPupil.put(entry.identity, link);
                if (!(pupil instanceof Long && entry.identity instanceof Long)) {
                    unwritten.add(new Unwritten(pupil, entry.identity, link));
                }
            }
            link.rank = rank;
        }
        writeLinksHandedOver();
    }

    private static int nextRank(Map<Object, Rank> ofPupil) {
        int max = 0;
        for (Rank rank : ofPupil.values()) {
            max = Math.max(max, rank.rank);
        }
        return max + 1;
    }

    /**
     * Hands over the links whose two sides are handed over, once a batch of contacts more was:
     * looked through once per batch, not per line.
     */
    private void writeLinksHandedOver() {
        int batches = pupils.batchesHandedOver() + plan.batchesHandedOver();
        if (batches == batchesSeen || unwritten.isEmpty()) {
            return;
        }
        batchesSeen = batches;
        List<Unwritten> later = new ArrayList<>();
        List<Handed> handed = new ArrayList<>();
        for (Unwritten u : unwritten) {
            if (!pupils.handedOver(u.pupil()) || !plan.handedOver(u.guardian())) {
                later.add(u);
                continue;
            }
            handed.add(new Handed(pupils.idOnWrites(u.pupil()), plan.idOnWrites(u.guardian()), u.rank().rank));
            u.rank().written = u.rank().rank;
        }
        unwritten = later;
        if (handed.isEmpty()) {
            return;
        }
        writtenEarly += handed.size();
        writes.submit(() -> staging.addLinks(handed.stream().map(Handed::link).toList()), () -> { });
    }

    /** A link handed over to be written: its ids are read on the writes' thread, its rank as it was then. */
    private record Handed(LongSupplier pupilId, LongSupplier guardianId, int rank) {
        Guardianship link() {
            return new Guardianship(pupilId.getAsLong(), guardianId.getAsLong(), rank);
        }
    }

    private GuardianMatcher matcher() {
        if (matcher == null) {
            List<Guardianship> all = knownLinks.get();
            for (Guardianship link : all) {
                stored.computeIfAbsent(link.pupilId(), k -> new HashMap<>(4)).put(link.guardianId(), link.rank());
            }
            matcher = new GuardianMatcher(known, all);
        }
        return matcher;
    }

    ImportPlan plan() {
        return plan;
    }

    /**
     * The links still to write, once every contact and every link handed over is written
     * ({@link ImportPlan#flush}, then {@link ImportWrites#awaitAll}): a link that exists with the
     * same rank is left as it is.
     */
    Links linksToWrite() {
        List<Guardianship> ofNew = new ArrayList<>();
        List<Guardianship> ofKnown = new ArrayList<>();
        int early = writtenEarly;
        for (Map.Entry<Object, Map<Object, Rank>> ofPupil : links.entrySet()) {
            Object pupil = ofPupil.getKey();
            for (Map.Entry<Object, Rank> entry : ofPupil.getValue().entrySet()) {
                Object guardian = entry.getKey();
                Rank link = entry.getValue();
                if (pupil instanceof Long p && guardian instanceof Long g) {
                    if (!Objects.equals(stored.getOrDefault(p, Map.of()).get(g), link.rank)) {
                        ofKnown.add(new Guardianship(p, g, link.rank));
                    }
                } else if (link.written == 0) {
                    ofNew.add(new Guardianship(pupils.idOf(pupil), plan.idOf(guardian), link.rank));
                } else if (link.written != link.rank) {
                    ofKnown.add(new Guardianship(pupils.idOf(pupil), plan.idOf(guardian), link.rank));
                    early--;
                }
            }
        }
        return new Links(ofNew, ofKnown, early);
    }
}
