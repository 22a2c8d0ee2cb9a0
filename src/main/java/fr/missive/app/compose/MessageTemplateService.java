package fr.missive.app.compose;

import fr.missive.app.Validator;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.compose.MessageTemplate;
import fr.missive.model.users.User;
import fr.missive.store.compose.MessageTemplateStore;
import java.time.Clock;
import java.util.List;

/** "Save as template" and "pick a saved template" of the e-mail form: each user's own templates. */
public final class MessageTemplateService {

    public static final int MAX_DESIGNATION = 200;

    private final MessageTemplateStore store;
    private final Clock clock;

    public MessageTemplateService(MessageTemplateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<MessageTemplate> list(User actor) {
        return store.findByUser(actor.id());
    }

    /** Saves the message under the designation; a template of the same designation is replaced. */
    public MessageTemplate save(User actor, String designation, String subject, String body) {
        Validator v = new Validator();
        v.require("designation", designation).maxLength("designation", designation, MAX_DESIGNATION);
        v.maxLength("subject", subject, 900);
        if ((subject == null || subject.isBlank()) && (body == null || body.isBlank())) {
            v.add("body", UserMessage.of("compose.templateEmpty"));
        }
        v.throwIfInvalid();
        String name = designation.strip();
        Long id = store.findByDesignation(actor.id(), name).map(MessageTemplate::id).orElse(null);
        return store.save(new MessageTemplate(id, actor.id(), name, subject == null ? "" : subject.strip(), body),
                clock.instant());
    }

    public void delete(User actor, long id) {
        boolean mine = list(actor).stream().anyMatch(t -> t.id() == id);
        if (!mine || !store.delete(id)) {
            throw new MissiveException(UserMessage.of("compose.templateNotFound"));
        }
    }
}
