package fr.missive.model.users;

/** ADMIN configures the workstation; STAFF writes and sends. */
public enum Role {
    ADMIN, STAFF
}
