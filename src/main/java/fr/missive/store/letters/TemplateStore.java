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

    /** @return false when there was no template of that id */
    boolean delete(long id);
}
