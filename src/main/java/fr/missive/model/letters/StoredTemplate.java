package fr.missive.model.letters;

import java.time.Instant;
import java.util.Objects;

/**
 * A template as kept by Missive: its identity and who last changed it, when.
 *
 * @param updatedBy the name of the user who created or last changed it
 */
public record StoredTemplate(long id, LetterTemplate template, Instant createdAt, Instant updatedAt,
                             String updatedBy) {

    public StoredTemplate {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        updatedBy = updatedBy == null ? "" : updatedBy;
    }

    public String designation() {
        return template.designation();
    }

    public Category category() {
        return template.category();
    }
}
