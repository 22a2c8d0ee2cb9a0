package fr.missive.ui.common;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRelation;
import javax.swing.JComponent;
import javax.swing.JLabel;

/**
 * What a screen reader (NVDA or JAWS through the Java Access Bridge, Orca through the ATK
 * bridge) says of a control: its accessible name, then its description. A control with a
 * visible label gets the label's words ({@link JLabel#setLabelFor}, see {@link #labelled});
 * one without (a search field, an icon button, a table, a list) is named here, always in the
 * user's language and never by its test name or its current value.
 */
public final class ReadAloud {

    private ReadAloud() {
    }

    /** Ties {@code label} to {@code input}: the input is announced by the label's words, and the label's mnemonic focuses it. */
    public static <T extends JComponent> T labelled(JLabel label, T input) {
        label.setLabelFor(input);
        relate(label, input);
        return input;
    }

    /**
     * States in the input's relation set that {@code label} labels it. The ATK bridge names a
     * combo box by its selected item, as GTK does, and Orca then says the label it finds in this
     * set; {@link JLabel#setLabelFor} alone does not put it there (seen on the AT-SPI bus).
     */
    public static void relate(JLabel label, JComponent input) {
        input.getAccessibleContext().getAccessibleRelationSet()
                .add(new AccessibleRelation(AccessibleRelation.LABELED_BY, label));
    }

    /** Names a control that has no visible label. */
    public static <T extends JComponent> T named(T component, String name) {
        component.getAccessibleContext().setAccessibleName(plain(name));
        return component;
    }

    /** What the control expects or will do, said after its name. */
    public static <T extends JComponent> T described(T component, String description) {
        component.getAccessibleContext().setAccessibleDescription(description == null ? null : plain(description));
        return component;
    }

    /** Both at once. */
    public static <T extends JComponent> T named(T component, String name, String description) {
        return described(named(component, name), description);
    }

    /** The words of a text that may be HTML (a wrapped label or tooltip), as a screen reader should say them. */
    public static String plain(String text) {
        if (text == null || !text.regionMatches(true, 0, "<html>", 0, 6)) {
            return text;
        }
        String words = text.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
        return words.replaceAll("\\s+", " ").strip();
    }

    /** A component's description is what it says after its name; null when it has none. */
    public static String description(JComponent component) {
        AccessibleContext context = component.getAccessibleContext();
        return context == null ? null : context.getAccessibleDescription();
    }
}
