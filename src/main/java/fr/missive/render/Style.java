package fr.missive.render;

/** The four faces of the letter's font family. */
enum Style {
    REGULAR, BOLD, ITALIC, BOLD_ITALIC;

    static Style of(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    boolean bold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    boolean italic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }
}
