package fr.missive.app.contacts;

import fr.missive.app.ValidationException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which contacts a command works on, written as text: {@code all}, {@code kind=guardian},
 * {@code class=3e A}, {@code ids=1,2,3} or {@code search=TEXT}. Classes and words are compared
 * without case or accents ("3E a" is "3e A", "begue" finds "BÈGUE"); every word of a search
 * must appear in the names, class, e-mail or city. Kinds may be given in English or French.
 *
 * <pre>List&lt;Contact&gt; chosen = ContactSelection.parse("class=3e A").select(contactService.list());</pre>
 */
public final class ContactSelection {

    /** The error's field name, as in {@code --contacts}. */
    public static final String FIELD = "contacts";

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, ContactKind> KINDS = Map.ofEntries(
            Map.entry("pupil", ContactKind.PUPIL), Map.entry("eleve", ContactKind.PUPIL),
            Map.entry("guardian", ContactKind.GUARDIAN), Map.entry("responsable", ContactKind.GUARDIAN),
            Map.entry("parent", ContactKind.GUARDIAN),
            Map.entry("staff", ContactKind.STAFF), Map.entry("personnel", ContactKind.STAFF),
            Map.entry("teacher", ContactKind.TEACHER), Map.entry("enseignant", ContactKind.TEACHER),
            Map.entry("professeur", ContactKind.TEACHER),
            Map.entry("other", ContactKind.OTHER), Map.entry("autre", ContactKind.OTHER));

    private final String text;
    private final Predicate<Contact> test;
    private final List<Long> ids;

    private ContactSelection(String text, Predicate<Contact> test, List<Long> ids) {
        this.text = text;
        this.test = test;
        this.ids = ids;
    }

    /** Every contact. */
    public static ContactSelection all() {
        return new ContactSelection("all", c -> true, List.of());
    }

    /** @throws ValidationException on field {@link #FIELD}, saying what filters there are */
    public static ContactSelection parse(String filter) {
        String text = filter == null ? "" : filter.strip();
        if (Folding.name(text).equals("all") || Folding.name(text).equals("tous")) {
            return all();
        }
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw invalid(UserMessage.of("contacts.filter.unknown", text));
        }
        String key = Folding.name(text.substring(0, equals)).strip();
        String value = text.substring(equals + 1).strip();
        if (value.isEmpty()) {
            throw invalid(UserMessage.of("contacts.filter.noValue", key));
        }
        return switch (key) {
            case "kind", "type" -> kind(text, value);
            case "class", "classe" -> {
                String folded = Folding.name(value);
                yield new ContactSelection(text, c -> Folding.name(c.className()).equals(folded), List.of());
            }
            case "ids", "id" -> ids(text, value);
            case "search", "recherche" -> search(text, value);
            default -> throw invalid(UserMessage.of("contacts.filter.unknown", text));
        };
    }

    private static ContactSelection kind(String text, String value) {
        ContactKind kind = KINDS.get(Folding.name(value));
        if (kind == null) {
            throw invalid(UserMessage.of("contacts.filter.badKind", value));
        }
        return new ContactSelection(text, c -> c.kind() == kind, List.of());
    }

    private static ContactSelection ids(String text, String value) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw invalid(UserMessage.of("contacts.filter.badId", part.strip()));
            }
        }
        return new ContactSelection(text, c -> c.id() != null && ids.contains(c.id()), List.copyOf(ids));
    }

    private static ContactSelection search(String text, String value) {
        List<String> words = Arrays.asList(SPACES.split(Folding.name(value).strip()));
        return new ContactSelection(text, c -> {
            String haystack = Folding.name(String.join(" ", c.firstName(), c.lastName(), c.className(),
                    c.emailAddress().map(Object::toString).orElse(""), c.address().city()));
            return words.stream().allMatch(haystack::contains);
        }, List.of());
    }

    private static ValidationException invalid(UserMessage message) {
        return ValidationException.of(FIELD, message);
    }

    public boolean matches(Contact contact) {
        return test.test(contact);
    }

    /**
     * The matching contacts, in the order given. With {@code ids=}, every id must exist.
     *
     * @throws ValidationException {@code contacts.filter.noSuchId} naming the ids not found
     */
    public List<Contact> select(List<Contact> contacts) {
        List<Contact> chosen = contacts.stream().filter(test).toList();
        if (!ids.isEmpty() && chosen.size() < ids.size()) {
            List<Long> missing = new ArrayList<>(ids);
            chosen.forEach(c -> missing.remove(c.id()));
            throw invalid(UserMessage.of("contacts.filter.noSuchId", missing.toString().replaceAll("[\\[\\]]", "")));
        }
        return chosen;
    }

    @Override
    public String toString() {
        return text;
    }
}
