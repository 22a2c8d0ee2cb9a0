package fr.missive.render;

/** A run of text in one face; {@code "\n"} inside the text is a forced line break. */
record Span(String text, Style style) {
}
