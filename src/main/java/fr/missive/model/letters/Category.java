package fr.missive.model.letters;

/** What a standard letter is for; templates are listed by category. */
public enum Category {
    ABSENCE, CONVOCATION, MEETING, CERTIFICATE, OTHER
}
