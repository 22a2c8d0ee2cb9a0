package fr.missive.app.contacts;

import fr.missive.app.Validator;
import fr.missive.model.EmailAddress;
import fr.missive.model.UserMessage;
import fr.missive.model.Versioned;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.Guardianship;
import fr.missive.model.MissiveException;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.text.NameOrder;
import fr.missive.model.users.User;
import fr.missive.store.contacts.ContactStore;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Listing, adding, editing and deleting contacts by hand. */
public final class ContactService {

    /** The same limits as a CSV import's custom columns. */
    public static final int MAX_CUSTOM_NAME = 200;
    public static final int MAX_CUSTOM_VALUE = 4000;

    private final ContactStore store;
    private final Clock clock;

    public ContactService(ContactStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Every contact in the order of a French class list: last name, then first name, accents
     * sorted as the dictionary does (BÉGUÉ before BERNARD, ØRSTED among the O), which the
     * database's binary order does not give. Names are compared folded first, then as written.
     */
    public List<Contact> list() {
        return inFrenchOrder(store.findAll());
    }

    /**
     * The first {@code limit} contacts stored (the oldest), in the order of {@link #list()}: what
     * a window shows at once while it reads a large school's whole list.
     */
    public List<Contact> first(int limit) {
        return inFrenchOrder(store.findFirst(limit));
    }

    private static List<Contact> inFrenchOrder(List<Contact> contacts) {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        // One order for both names: each distinct name gets its collation keys once (see NameOrder).
        NameOrder order = new NameOrder(collator);
        record Keyed(NameOrder.Key last, NameOrder.Key first, Contact contact) {
        }
        return contacts.stream()
                .map(c -> new Keyed(order.keyOf(c.lastName()), order.keyOf(c.firstName()), c))
                .sorted(Comparator.<Keyed, NameOrder.Key>comparing(Keyed::last, NameOrder.Key::compareFolded)
                        .thenComparing(Keyed::first, NameOrder.Key::compareFolded)
                        .thenComparing(Keyed::last).thenComparing(Keyed::first))
                .map(Keyed::contact)
                .toList();
    }

    public Optional<Contact> find(long id) {
        return store.find(id);
    }

    public int count() {
        return store.count();
    }

    /**
     * Validates and stores the draft. The consent keeps its original date and source when it
     * did not change; a changed consent is dated today and attributed to {@code actor}.
     */
    public Contact save(User actor, ContactDraft draft) {
        return store.save(validated(actor, draft));
    }

    /** The contact as stored now, with the version that {@link #save(User, ContactDraft, Long)} names. */
    public Optional<Versioned<Contact>> findForEditing(long id) {
        return store.findVersioned(id);
    }

    /**
     * As {@link #save(User, ContactDraft)} for an editor that started from version {@code basedOn}
     * of the contact (null for a new contact, or to overwrite knowingly): refused with {@link
     * fr.missive.model.ChangedMeanwhileException} when someone saved it meanwhile.
     */
    public Versioned<Contact> save(User actor, ContactDraft draft, Long basedOn) {
        return store.save(validated(actor, draft), basedOn, actor == null ? null : actor.name());
    }

    private Contact validated(User actor, ContactDraft draft) {
        Validator v = new Validator();
        if (isBlank(draft.firstName()) && isBlank(draft.lastName())) {
            v.add("lastName", UserMessage.of("contacts.nameRequired"));
        }
        v.maxLength("firstName", draft.firstName(), 200).maxLength("lastName", draft.lastName(), 200)
                .maxLength("className", draft.className(), 200).maxLength("title", draft.title(), 50)
                .maxLength("postcode", draft.postcode(), 20).maxLength("city", draft.city(), 200);
        if (draft.addressLines().stream().filter(l -> !isBlank(l)).count() > PostalAddress.MAX_LINES) {
            v.add("addressLines", UserMessage.of("validation.tooManyAddressLines", PostalAddress.MAX_LINES));
        }
        if (draft.kind() == null) {
            v.add("kind", UserMessage.of("validation.required"));
        }
        draft.custom().forEach((name, value) -> v.maxLength("custom", name, MAX_CUSTOM_NAME)
                .maxLength("custom", value, MAX_CUSTOM_VALUE));
        EmailAddress email = v.optionalEmail("email", draft.email());
        v.throwIfInvalid();
        Consent consent = consentFor(actor, draft);
        return new Contact(draft.id(), draft.kind(), draft.title(), draft.firstName(), draft.lastName(),
                draft.className(), new PostalAddress(draft.addressLines(), draft.postcode(), draft.city(),
                draft.country()), email, consent, draft.custom());
    }

    private Consent consentFor(User actor, ContactDraft draft) {
        Optional<Consent> previous = draft.id() == null ? Optional.empty() : store.find(draft.id()).map(Contact::consent);
        if (previous.isPresent() && previous.get().accepts() == draft.consent()) {
            return previous.get();
        }
        String source = actor == null ? "" : actor.name();
        return new Consent(draft.consent(), LocalDate.now(clock), source);
    }

    public void delete(List<Long> ids) {
        store.delete(ids);
    }

    // --- pupils and their legal guardians (guardians)

    /** A pupil's legal guardians, by rank. */
    public List<Contact> guardiansOf(long pupilId) {
        return store.guardiansOf(pupilId);
    }

    /** The pupils a guardian is responsible for. */
    public List<Contact> childrenOf(long guardianId) {
        return store.childrenOf(guardianId);
    }

    /**
     * Makes {@code guardianId} a legal guardian of {@code pupilId}, after the guardians the pupil
     * has (or at {@code rank} when it is positive).
     *
     * @throws MissiveException when either contact does not exist or both are the same
     */
    public void link(long pupilId, long guardianId, int rank) {
        if (pupilId == guardianId) {
            throw new MissiveException(UserMessage.of("guardians.self"));
        }
        for (long id : new long[] {pupilId, guardianId}) {
            if (store.find(id).isEmpty()) {
                throw new MissiveException(UserMessage.of("guardians.notFound", String.valueOf(id)));
            }
        }
        int chosen = rank > 0 ? rank : nextRank(pupilId, guardianId);
        store.link(List.of(new Guardianship(pupilId, guardianId, chosen)));
    }

    private int nextRank(long pupilId, long guardianId) {
        int rank = 0;
        for (Guardianship g : store.allGuardianships()) {
            if (g.pupilId() == pupilId) {
                if (g.guardianId() == guardianId) {
                    return g.rank();
                }
                rank = Math.max(rank, g.rank());
            }
        }
        return rank + 1;
    }

    /** The guardian is no longer the pupil's; both contacts stay. */
    public void unlink(long pupilId, long guardianId) {
        store.unlink(pupilId, guardianId);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
