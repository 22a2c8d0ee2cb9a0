package fr.missive.model.contacts;

/**
 * One link between a pupil and one of their legal guardians ("responsable légal"), both contacts.
 *
 * @param rank the guardian's place among the pupil's guardians as the school system lists them,
 *             from 1 ("responsable 1"); ties are allowed and ordered by the guardian's id
 */
public record Guardianship(long pupilId, long guardianId, int rank) {

    public Guardianship {
        if (pupilId == guardianId) {
            throw new IllegalArgumentException("a contact cannot be their own guardian: " + pupilId);
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + rank);
        }
    }
}
