package fr.missive.model.contacts;

/** What a contact is to the school; decides wording and default filters, never delivery. */
public enum ContactKind {
    PUPIL, GUARDIAN, STAFF, TEACHER, OTHER
}
