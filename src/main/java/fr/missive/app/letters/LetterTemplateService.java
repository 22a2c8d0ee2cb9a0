package fr.missive.app.letters;

import fr.missive.app.FieldError;
import fr.missive.app.ValidationException;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.FieldNames;
import fr.missive.model.letters.LetterFieldLabels;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.MergeField;
import fr.missive.model.letters.MergeValues;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.users.User;
import fr.missive.store.contacts.ContactStore;
import fr.missive.store.letters.TemplateStore;
import java.text.Collator;
import java.time.Clock;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standard letters of this PC: listing by category, checking, creating, changing,
 * duplicating, renaming and deleting them. Every change records who made it.
 *
 * <p>Field names in errors: {@code designation}, {@code category}, {@code subject},
 * {@code body}, {@code letterFields} (the components of {@link LetterTemplate}).
 */
public final class LetterTemplateService {

    public static final int MAX_DESIGNATION = 200;
    public static final int MAX_SUBJECT = 1000;
    /** About 15 printed pages: a longer "letter" is a mistake (a pasted document), not a letter. */
    public static final int MAX_BODY = 50_000;
    public static final int MAX_LETTER_FIELDS = 20;
    public static final int MAX_FIELD_LABEL = 100;

    private static final Pattern FIELD_NAME = Pattern.compile("[\\p{L}\\p{N}_]{1,50}");

    private final TemplateStore store;
    private final ContactStore contacts;
    private final Clock clock;

    public LetterTemplateService(TemplateStore store, ContactStore contacts, Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Every template, by category (in the order of {@link Category}) then designation as a dictionary sorts. */
    public List<StoredTemplate> list() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        return store.findAll().stream()
                .sorted(Comparator.comparing(StoredTemplate::category)
                        .thenComparing(StoredTemplate::designation, collator))
                .toList();
    }

    /** The templates grouped by category, every category present (possibly with an empty list). */
    public Map<Category, List<StoredTemplate>> byCategory() {
        Map<Category, List<StoredTemplate>> groups = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            groups.put(category, new ArrayList<>());
        }
        list().forEach(t -> groups.get(t.category()).add(t));
        groups.replaceAll((category, templates) -> List.copyOf(templates));
        return groups;
    }

    /** The templates of one category, by designation. */
    public List<StoredTemplate> list(Category category) {
        return list().stream().filter(t -> t.category() == category).toList();
    }

    public Optional<StoredTemplate> find(long id) {
        return store.find(id);
    }

    /** The template of that designation, case ignored. */
    public Optional<StoredTemplate> find(String designation) {
        return designation == null || designation.isBlank() ? Optional.empty() : store.findByDesignation(designation);
    }

    /** @throws MissiveException {@code letters.template.notFound} */
    public StoredTemplate get(String designation) {
        return find(designation).orElseThrow(() -> notFound(designation));
    }

    /** The names of the custom fields found in the contacts (extra CSV columns), sorted. */
    public List<String> customFieldNames() {
        return List.copyOf(customColumns().keySet());
    }

    /**
     * The headers of the contacts' extra CSV columns, one per custom field (the first header met
     * for a field), in the order of the field names: what a person reads for those fields.
     */
    public List<String> customFieldHeaders() {
        return List.copyOf(customColumns().values());
    }

    private Map<String, String> customColumns() {
        Map<String, String> headers = new java.util.TreeMap<>();
        for (Contact contact : contacts.findAll()) {
            contact.custom().keySet().forEach(column -> headers.putIfAbsent(MergeValues.customFieldName(column),
                    column.strip()));
        }
        headers.remove("");
        return headers;
    }

    /** Every field the template may use: the standard ones, the contacts' custom ones, its own letter fields. */
    public List<String> validFieldNames(LetterTemplate template) {
        return validFieldNames(template, customFieldNames());
    }

    private static List<String> validFieldNames(LetterTemplate template, Collection<String> customFieldNames) {
        Set<String> names = new LinkedHashSet<>(MergeField.names());
        names.addAll(customFieldNames);
        names.addAll(template.letterFields());
        return List.copyOf(names);
    }

    /**
     * What is wrong with the template, without saving it. {@code id} is the template being
     * edited, {@code null} for a new one. Reads every contact for their custom fields when the
     * template uses a field; an editor checking as the user types should use the other form.
     */
    public List<FieldError> problems(LetterTemplate template, Long id) {
        return problems(template, id, null);
    }

    /**
     * As {@link #problems(LetterTemplate, Long)}, with the custom field names read once
     * beforehand ({@link #customFieldNames()}), for an editor that checks as the user types.
     */
    public List<FieldError> problems(LetterTemplate template, Long id, Collection<String> customFieldNames) {
        List<FieldError> errors = new ArrayList<>();
        checkDesignation(template.designation(), id, errors);
        checkLetterFields(template.letterFields(), errors);
        checkFieldLabels(template.fieldLabels(), errors);
        if (template.subject().length() > MAX_SUBJECT) {
            errors.add(new FieldError("subject", UserMessage.of("validation.tooLong", MAX_SUBJECT)));
        }
        if (template.body().isBlank()) {
            errors.add(new FieldError("body", UserMessage.of("letters.template.emptyBody")));
        } else if (template.body().length() > MAX_BODY) {
            errors.add(new FieldError("body", UserMessage.of("letters.template.bodyTooLong", MAX_BODY)));
        }
        List<String> valid = null;
        Map<String, String> labels = new java.util.LinkedHashMap<>(template.fieldLabels());
        for (String part : List.of("subject", "body")) {
            FieldScan scan = FieldScan.of(part.equals("subject") ? template.subject() : template.body());
            scan.openedAt().ifPresent(open -> errors.add(new FieldError(part,
                    UserMessage.of("letters.template.unterminated", open.line(), "{{", "}}"))));
            if (scan.uses().isEmpty()) {
                continue;
            }
            if (valid == null) {
                Collection<String> custom = customFieldNames;
                if (custom == null) {
                    Map<String, String> columns = customColumns();
                    columns.forEach(labels::putIfAbsent);
                    custom = columns.keySet();
                }
                valid = validFieldNames(template, custom);
            }
            Set<String> unknown = scan.names();
            unknown.removeAll(valid);
            if (!unknown.isEmpty()) {
                errors.add(new FieldError(part, UserMessage.of("letters.template.unknownFields",
                        FieldNames.typed(unknown), FieldNames.labelled(valid, labels))));
            }
        }
        return errors;
    }

    /** Stores a new template. @throws ValidationException with the fields at fault */
    public StoredTemplate create(User actor, LetterTemplate template) {
        LetterTemplate clean = tidy(template);
        throwIfAny(problems(clean, null));
        return store.insert(clean, actor.name(), clock.instant());
    }

    /** Replaces the content of a template. @throws ValidationException with the fields at fault */
    public StoredTemplate update(User actor, long id, LetterTemplate template) {
        requireExisting(id);
        LetterTemplate clean = tidy(template);
        throwIfAny(problems(clean, id));
        return store.update(id, clean, actor.name(), clock.instant()).orElseThrow(() -> notFound(String.valueOf(id)));
    }

    /**
     * As {@link #update(User, long, LetterTemplate)} for an editor that started from version
     * {@code basedOn} of the template (null: overwrite knowingly).
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved it meanwhile
     */
    public StoredTemplate update(User actor, long id, LetterTemplate template, Long basedOn) {
        requireExisting(id);
        LetterTemplate clean = tidy(template);
        throwIfAny(problems(clean, id));
        return store.update(id, clean, actor.name(), clock.instant(), basedOn)
                .orElseThrow(() -> notFound(String.valueOf(id)));
    }

    /** The version an editor of the template starts from; empty when there is none of that id. */
    public java.util.Optional<fr.missive.model.RecordVersion> versionOf(long id) {
        return store.versionOf(id);
    }

    /**
     * The template as stored now, with the version that {@link #save(User, Long, LetterTemplate, Long)}
     * names. The version is read first: a save landing in between makes the next save refused
     * (a false alarm the user resolves) rather than silently overwritten.
     */
    public Optional<fr.missive.model.Versioned<StoredTemplate>> findForEditing(long id) {
        return store.versionOf(id).flatMap(version -> store.find(id)
                .map(template -> new fr.missive.model.Versioned<>(template, version)));
    }

    /**
     * Creates ({@code id == null}) or updates a template an editor started from version
     * {@code basedOn} (null: overwrite knowingly); returns it with the version it now has.
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved it meanwhile
     */
    public fr.missive.model.Versioned<StoredTemplate> save(User actor, Long id, LetterTemplate template,
                                                           Long basedOn) {
        if (id == null) {
            StoredTemplate created = create(actor, template);
            return new fr.missive.model.Versioned<>(created, store.versionOf(created.id())
                    .orElseGet(() -> new fr.missive.model.RecordVersion(0, actor.name(), created.updatedAt())));
        }
        StoredTemplate updated = update(actor, id, template, basedOn);
        // The save bumped the version by exactly one in its transaction; re-reading it could give a later save's.
        fr.missive.model.RecordVersion version = basedOn != null
                ? new fr.missive.model.RecordVersion(basedOn + 1, actor.name(), updated.updatedAt())
                : store.versionOf(id).orElseThrow(() -> notFound(String.valueOf(id)));
        return new fr.missive.model.Versioned<>(updated, version);
    }

    /** Creates ({@code id == null}) or updates. */
    public StoredTemplate save(User actor, Long id, LetterTemplate template) {
        return id == null ? create(actor, template) : update(actor, id, template);
    }

    /** A copy named "Copie de …" (or "Copy of …"), numbered "(2)", "(3)" … when that is taken. */
    public StoredTemplate duplicate(User actor, long id, Locale language) {
        StoredTemplate original = requireExisting(id);
        String base = Messages.forLocale(language).get("letters.template.copyOf", original.designation());
        String designation = base;
        for (int n = 2; find(designation).isPresent(); n++) {
            designation = base + " (" + n + ")";
        }
        if (designation.length() > MAX_DESIGNATION) {
            designation = designation.substring(0, MAX_DESIGNATION).strip();
        }
        return store.insert(original.template().withDesignation(designation), actor.name(), clock.instant());
    }

    /** Gives the template another designation. @throws ValidationException when empty or taken */
    public StoredTemplate rename(User actor, long id, String designation) {
        StoredTemplate current = requireExisting(id);
        List<FieldError> errors = new ArrayList<>();
        String clean = designation == null ? "" : designation.strip();
        checkDesignation(clean, id, errors);
        throwIfAny(errors);
        return store.update(id, current.template().withDesignation(clean), actor.name(), clock.instant())
                .orElseThrow(() -> notFound(String.valueOf(id)));
    }

    public void delete(User actor, long id) {
        if (!store.delete(id)) {
            throw notFound(String.valueOf(id));
        }
    }

    private StoredTemplate requireExisting(long id) {
        return store.find(id).orElseThrow(() -> notFound(String.valueOf(id)));
    }

    private static MissiveException notFound(String designation) {
        return new MissiveException(UserMessage.of("letters.template.notFound", designation));
    }

    private static LetterTemplate tidy(LetterTemplate t) {
        return new LetterTemplate(t.designation().strip(), t.category(), t.subject(), t.body(), t.letterFields(),
                t.fieldLabels(), t.addressing());
    }

    private void checkDesignation(String designation, Long id, List<FieldError> errors) {
        if (designation.isBlank()) {
            errors.add(new FieldError("designation", UserMessage.of("validation.required")));
        } else if (designation.strip().length() > MAX_DESIGNATION) {
            errors.add(new FieldError("designation", UserMessage.of("validation.tooLong", MAX_DESIGNATION)));
        } else {
            store.findByDesignation(designation).filter(other -> id == null || other.id() != id)
                    .ifPresent(other -> errors.add(new FieldError("designation",
                            UserMessage.of("letters.template.designationTaken", other.designation()))));
        }
    }

    private static void checkLetterFields(List<String> letterFields, List<FieldError> errors) {
        if (letterFields.size() > MAX_LETTER_FIELDS) {
            errors.add(new FieldError("letterFields", UserMessage.of("letters.template.tooManyFields", MAX_LETTER_FIELDS)));
        }
        for (String name : letterFields) {
            if (!FIELD_NAME.matcher(name).matches()) {
                errors.add(new FieldError("letterFields", UserMessage.of("letters.template.badFieldName", name)));
            } else if (MergeField.names().contains(name)) {
                errors.add(new FieldError("letterFields", UserMessage.of("letters.template.standardField", name)));
            }
        }
    }

    private static void checkFieldLabels(Map<String, String> labels, List<FieldError> errors) {
        labels.forEach((code, label) -> {
            if (label.length() > MAX_FIELD_LABEL) {
                errors.add(new FieldError("letterFields", UserMessage.of("letters.template.fieldLabelTooLong", label,
                        MAX_FIELD_LABEL)));
            } else if (label.contains(LetterFieldLabels.SEPARATOR) || label.contains(",")) {
                errors.add(new FieldError("letterFields", UserMessage.of("letters.template.badFieldLabel", label)));
            }
        });
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** "{{a}}, {{b}}" */
    public static String braces(Iterable<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(text.length() == 0 ? "" : ", ").append("{{").append(name).append("}}");
        }
        return text.toString();
    }
}
