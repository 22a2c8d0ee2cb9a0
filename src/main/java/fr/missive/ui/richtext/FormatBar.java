package fr.missive.ui.richtext;

import java.awt.Font;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JToolBar;

/**
 * The formatting buttons of a short text (an e-mail, a signature): bold, italic, bulleted and
 * numbered lists, undo and redo. The buttons take no focus, as in a word processor: the keys
 * named in their tooltips do the same from the text.
 */
public final class FormatBar {

    private FormatBar() {
    }

    /**
     * @param prefix the components are named {@code prefix + ".bold"}, {@code ".italic"},
     *               {@code ".bulletList"}, {@code ".numberedList"}, {@code ".undo"}, {@code ".redo"}
     * @param text   a message of the user's language from its key
     */
    public static JToolBar of(RichTextEditor editor, String prefix, Function<String, String> text) {
        JToolBar bar = new JToolBar();
        bar.setName(prefix + ".toolbar");
        bar.setFloatable(false);
        bar.setBorder(null);
        bar.add(button(prefix + ".bold", "B", text.apply("ui.letters.bold"), editor::toggleBold, Font.BOLD));
        bar.add(button(prefix + ".italic", "I", text.apply("ui.letters.italic"), editor::toggleItalic, Font.ITALIC));
        bar.addSeparator();
        bar.add(button(prefix + ".bulletList", "\u2022 " + text.apply("ui.letters.listShort"),
                text.apply("ui.richtext.bulletListTip"), editor::toggleBulletList, Font.PLAIN));
        bar.add(button(prefix + ".numberedList", "1. " + text.apply("ui.letters.listShort"),
                text.apply("ui.richtext.numberedListTip"), editor::toggleNumberedList, Font.PLAIN));
        bar.addSeparator();
        bar.add(button(prefix + ".undo", "\u21B6", text.apply("ui.letters.undo"), editor::undo, Font.PLAIN));
        bar.add(button(prefix + ".redo", "\u21B7", text.apply("ui.letters.redo"), editor::redo, Font.PLAIN));
        return bar;
    }

    private static JButton button(String name, String label, String tip, Runnable action, int style) {
        JButton button = new JButton(label);
        button.setName(name);
        button.setToolTipText(tip);
        button.setFont(button.getFont().deriveFont(style));
        button.setFocusable(false);
        button.addActionListener(e -> action.run());
        // Read aloud by what it does, not by the letter on it.
        button.getAccessibleContext().setAccessibleName(tip);
        return button;
    }
}
