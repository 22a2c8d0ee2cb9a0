package fr.missive.store.compose;

import fr.missive.model.compose.MessageTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where users' e-mail templates are kept. */
public interface MessageTemplateStore {

    /** A user's templates, by designation. */
    List<MessageTemplate> findByUser(long userId);

    /** The user's template of this designation, compared without regard to case. */
    Optional<MessageTemplate> findByDesignation(long userId, String designation);

    /** Inserts or (with an id) replaces. */
    MessageTemplate save(MessageTemplate template, Instant now);

    boolean delete(long id);
}
