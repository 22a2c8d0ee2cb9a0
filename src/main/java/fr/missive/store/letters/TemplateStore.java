package fr.missive.store.letters;

import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where standard letters are kept. */
public interface TemplateStore {

    /** Every template, in no particular order (callers sort for people). */
    List<StoredTemplate> findAll();

    Optional<StoredTemplate> find(long id);

    /** The template of this designation, compared without regard to case. */
    Optional<StoredTemplate> findByDesignation(String designation);

    StoredTemplate insert(LetterTemplate template, String actor, Instant now);

    /** Replaces the template's content; empty when there is no template of that id. */
    Optional<StoredTemplate> update(long id, LetterTemplate template, String actor, Instant now);

    /**
     * As {@link #update(long, LetterTemplate, String, Instant)} for an editor that started from
     * version {@code basedOn} (null: no check).
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved the template meanwhile
     */
    Optional<StoredTemplate> update(long id, LetterTemplate template, String actor, Instant now, Long basedOn);

    /** The template's version, for an editor that will save it; empty when there is none of that id. */
    Optional<fr.missive.model.RecordVersion> versionOf(long id);

    /** @return false when there was no template of that id */
    boolean delete(long id);
}
