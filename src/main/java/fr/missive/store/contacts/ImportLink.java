package fr.missive.store.contacts;

/**
 * A guardian link written with an import, whose contacts may not have an id yet: each side is
 * a known contact's id, or (negative) the place of a new contact in the imported list.
 *
 * @param pupil    the pupil's id, or {@code -(index + 1)} in the list of contacts written
 * @param guardian the guardian's id, or {@code -(index + 1)} in the list of contacts written
 */
public record ImportLink(long pupil, long guardian, int rank) {

    /** The reference of the contact at {@code index} of the list an import writes. */
    public static long written(int index) {
        return -(index + 1L);
    }
}
