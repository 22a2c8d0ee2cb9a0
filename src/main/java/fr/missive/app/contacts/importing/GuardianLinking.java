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
import java.util.function.Supplier;

/**
 * The guardians an import meets and the links it makes: each guardian matched or created once
 * (see {@link GuardianMatcher}), planned like the pupils, and linked to the pupil with their
 * rank. Links that exist with the same rank are not written again. The known links are read
 * only when the file names a guardian, so a file of staff costs nothing more.
 */
final class GuardianLinking {

    private final List<Contact> known;
    private final Supplier<List<Guardianship>> knownLinks;
    private final ImportPlan plan;
    /** Pupil identity → guardian identity → rank, in the order the file gives them. */
    private final Map<Object, Map<Object, Integer>> links = new LinkedHashMap<>();
    private final Map<Long, Map<Long, Integer>> stored = new HashMap<>();
    private GuardianMatcher matcher;

    GuardianLinking(List<Contact> known, Supplier<List<Guardianship>> knownLinks,
                    ContactStore.StagedImport staging) {
        this.known = known;
        this.knownLinks = knownLinks;
        this.plan = new ImportPlan(staging);
    }

    /** The links an import writes: those with a new contact on one side, and those between known ones. */
    record Links(List<Guardianship> ofNew, List<Guardianship> ofKnown) {
        int count() {
            return ofNew.size() + ofKnown.size();
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
        Map<Object, Integer> ofPupil = links.computeIfAbsent(pupil, k -> new LinkedHashMap<>(4));
        for (RowConverter.RankedGuardian g : guardians) {
            GuardianMatcher.Entry entry = m.match(g.guardian(), pupilId);
            Contact contact = g.guardian().applyTo(plan.current(entry.identity, entry.stored), today, source);
            plan.put(entry.identity, g.guardian().line(), contact, entry.stored);
            m.updated(entry, contact);
            int rank = g.rank() > 0 ? g.rank() : ofPupil.getOrDefault(entry.identity, nextRank(ofPupil));
            ofPupil.put(entry.identity, rank);
        }
    }

    private static int nextRank(Map<Object, Integer> ofPupil) {
        int max = 0;
        for (int rank : ofPupil.values()) {
            max = Math.max(max, rank);
        }
        return max + 1;
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
     * The links to write, once every contact is written ({@link ImportPlan#flush}): a link that
     * exists with the same rank is left as it is.
     *
     * @param pupils the pupils' plan, which knows the new pupils' row ids
     */
    Links linksToWrite(ImportPlan pupils) {
        List<Guardianship> ofNew = new ArrayList<>();
        List<Guardianship> ofKnown = new ArrayList<>();
        links.forEach((pupil, guardians) -> guardians.forEach((guardian, rank) -> {
            if (pupil instanceof Long p && guardian instanceof Long g) {
                if (!rank.equals(stored.getOrDefault(p, Map.of()).get(g))) {
                    ofKnown.add(new Guardianship(p, g, rank));
                }
                return;
            }
            ofNew.add(new Guardianship(pupils.idOf(pupil), plan.idOf(guardian), rank));
        }));
        return new Links(ofNew, ofKnown);
    }
}
