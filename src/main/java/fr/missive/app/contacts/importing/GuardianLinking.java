package fr.missive.app.contacts.importing;

import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.Guardianship;
import fr.missive.store.contacts.ImportLink;
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
    private final ImportPlan plan = new ImportPlan();
    /** Pupil identity → guardian identity → rank, in the order the file gives them. */
    private final Map<Object, Map<Object, Integer>> links = new LinkedHashMap<>();
    private final Map<Long, Map<Long, Integer>> stored = new HashMap<>();
    private GuardianMatcher matcher;

    GuardianLinking(List<Contact> known, Supplier<List<Guardianship>> knownLinks) {
        this.known = known;
        this.knownLinks = knownLinks;
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
            Contact contact = g.guardian().applyTo(entry.current, today, source);
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
     * The links to write, naming each contact written by the import by its place in
     * {@code written} (the identities of the contacts written, in order).
     */
    List<ImportLink> linksToWrite(List<Object> written) {
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Object, Integer> index = new HashMap<>(written.size() * 2);
        for (int i = 0; i < written.size(); i++) {
            index.putIfAbsent(written.get(i), i);
        }
        List<ImportLink> result = new ArrayList<>();
        links.forEach((pupil, guardians) -> guardians.forEach((guardian, rank) -> {
            if (pupil instanceof Long p && guardian instanceof Long g
                    && rank.equals(stored.getOrDefault(p, Map.of()).get(g))) {
                return;
            }
            result.add(new ImportLink(reference(pupil, index), reference(guardian, index), rank));
        }));
        return result;
    }

    private static long reference(Object identity, Map<Object, Integer> index) {
        if (identity instanceof Long id) {
            return id;
        }
        return ImportLink.written(index.get(identity));
    }
}
