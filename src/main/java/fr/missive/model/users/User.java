package fr.missive.model.users;

import fr.missive.model.EmailAddress;
import java.util.Objects;

/**
 * A person who works on this PC.
 *
 * @param email        may be {@code null}
 * @param passwordHash encoded salted hash, {@code null} when the user has no password
 */
public record User(Long id, String name, EmailAddress email, Role role, String passwordHash) {

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        name = name.strip();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
