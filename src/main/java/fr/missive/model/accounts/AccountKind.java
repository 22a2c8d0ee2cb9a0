package fr.missive.model.accounts;

/** Whose address an account sends from. */
public enum AccountKind {
    /** One user's own address. */
    PERSONAL,
    /** A shared address of the school (secretariat@, vie-scolaire@…), used by the users it names. */
    INSTITUTION
}
