package fr.missive.ui.common;

import java.util.Objects;

/**
 * An item of a combo box: the value the code works with and the label the user reads. The
 * label is what {@link #toString()} gives, so the default renderer and the GUI tests see it.
 */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }

    public boolean holds(T other) {
        return Objects.equals(value, other);
    }
}
