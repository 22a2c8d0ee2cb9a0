package fr.missive.app.users;

import fr.missive.model.users.Role;

/**
 * What a form or a command gives to create or change a user.
 *
 * @param password {@code null} to keep the current password (or have none for a new user);
 *                 an empty array to remove it
 */
public record UserDraft(String name, String email, Role role, char[] password) {
}
