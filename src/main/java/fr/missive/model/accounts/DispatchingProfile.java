package fr.missive.model.accounts;

import fr.missive.model.mail.SmtpSettings;
import java.util.Objects;

/**
 * Named SMTP settings an administrator defines once, that users "recover" when setting up
 * their account instead of typing them. Its password, if any, is a secret kept apart.
 */
public record DispatchingProfile(Long id, String name, SmtpSettings smtp) {

    public DispatchingProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(smtp, "smtp");
        name = name.strip();
    }

    public DispatchingProfile withId(long newId) {
        return new DispatchingProfile(newId, name, smtp);
    }
}
