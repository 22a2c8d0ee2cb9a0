package fr.missive.ui.common;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/** Small builders shared by the windows, so each window reads as its layout and its actions. */
public final class Swing {

    private Swing() {
    }

    public static JButton button(String name, String text, Runnable action) {
        JButton button = new JButton(text);
        button.setName(name);
        button.addActionListener(e -> action.run());
        return button;
    }

    /** A label for an input: clicking it or its mnemonic focuses the input. */
    public static JLabel label(String text, JComponent input) {
        JLabel label = new JLabel(text);
        ReadAloud.labelled(label, input);
        return label;
    }

    /** A short explanation under an input, in small grey type. */
    public static JLabel hint(String text) {
        JLabel hint = new JLabel(text);
        hint.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        hint.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        return hint;
    }

    /** A hint of several lines, wrapped at {@code width} pixels (a plain label would be cut off). */
    public static JLabel wrappedHint(String text, int width) {
        return hint(wrapped(text, width));
    }

    /**
     * Label text that wraps at {@code width} pixels. Swing's HTML counts a CSS pixel as 1.3
     * screen pixels (javax.swing.text.html.CSS without W3C units), so the width is given in its
     * units: "width:340px" made a text 441 pixels wide, cut in its 360-pixel window.
     */
    public static String wrapped(String text, int width) {
        return "<html><div style='width:" + cssPixels(width) + "px'>" + escape(text) + "</div></html>";
    }

    /** The CSS width, for an HTML label built by hand, that wraps at {@code screenPixels} on screen. */
    public static int cssPixels(int screenPixels) {
        return Math.round(screenPixels / CSS_PIXEL);
    }

    /** Screen pixels per CSS pixel in Swing's HTML labels. */
    private static final float CSS_PIXEL = 1.3f;

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A heading inside a form, with a line to the right, grouping the fields below it. */
    public static JComponent section(String text) {
        JPanel section = new JPanel(new MigLayout("insets 0, fillx", "[][grow,fill]"));
        JLabel label = new JLabel(text);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        section.add(label);
        section.add(new JSeparator(), "gapleft 6");
        return section;
    }

    /**
     * The row of buttons at the bottom of a dialog, on the right, in the order a Windows user
     * expects: other actions, then OK, then Cancel.
     */
    public static JPanel buttonBar(JButton ok, JButton cancel, JButton... others) {
        JPanel bar = new JPanel(new MigLayout("insets 0, alignx right, hidemode 3"));
        for (JButton other : others) {
            bar.add(other, "sizegroup buttons");
        }
        if (ok != null) {
            bar.add(ok, "sizegroup buttons" + (others.length > 0 ? ", gapleft 12" : ""));
        }
        if (cancel != null) {
            bar.add(cancel, "sizegroup buttons, gapleft 12");
        }
        return bar;
    }

    /**
     * Shows a window centred on {@code centreOn} (the screen when null), inside the usable area
     * of the screen ({@link ScreenArea#fit}: never larger, never under the task bar), and puts the
     * focus on {@code focus} once it is open. For a modal dialog this returns when it closes.
     */
    public static void showCentred(Window window, Component centreOn, Component focus) {
        window.setLocationRelativeTo(centreOn);
        ScreenArea.fit(window);
        giveFocusBackOnClose(window);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                // Placed again once open: under X without a window manager (Xvfb in CI) the first
                // placement can be lost, and the window is then elsewhere than Java believes.
                window.setLocationRelativeTo(centreOn);
                ScreenArea.fit(window);
                if (focus != null) {
                    focus.requestFocusInWindow();
                }
            }
        });
        window.setVisible(true);
    }

    /**
     * When the dialog closes, the focus goes back where it was before it opened, so that a screen
     * reader user carries on from there: without a window manager to reactivate the owner, or
     * when the owner's last focus owner is gone, Swing would leave it nowhere.
     */
    private static void giveFocusBackOnClose(Window window) {
        if (!(window instanceof java.awt.Dialog)) {
            return;
        }
        Component before = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner();
        if (before == null || SwingUtilities.getWindowAncestor(before) == window) {
            return;
        }
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                window.removeWindowListener(this);
                if (before.isShowing()) {
                    before.requestFocus();
                }
            }
        });
    }

    /** The window's close box runs {@code action} (which decides whether and how to close). */
    public static void onCloseBox(Window window, Runnable action) {
        if (window instanceof JFrame frame) {
            frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        } else if (window instanceof JDialog dialog) {
            dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        }
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                action.run();
            }
        });
    }

    /** Escape closes the dialog the way its Cancel button would; Enter presses {@code defaultButton}. */
    public static void keys(JDialog dialog, JButton defaultButton, Runnable onEscape) {
        if (defaultButton != null) {
            dialog.getRootPane().setDefaultButton(defaultButton);
        }
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "missive.escape");
        dialog.getRootPane().getActionMap().put("missive.escape", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                onEscape.run();
            }
        });
    }

    /**
     * Enlarges a window that became too small for its content (an error line appeared), never
     * shrinks it, and never beyond the usable area of the screen.
     */
    public static void growToFit(Window window) {
        Dimension wanted = window.getPreferredSize();
        Dimension now = window.getSize();
        if (wanted.width > now.width || wanted.height > now.height) {
            window.setSize(Math.max(wanted.width, now.width), Math.max(wanted.height, now.height));
            ScreenArea.fit(window);
        }
        // Components added since the last layout (e.g. by a background callback) get their bounds now,
        // not at the next resize.
        window.validate();
        window.repaint();
    }

    /** Shows a wait cursor and disables the given components while background work runs. */
    public static void busy(JDialog dialog, boolean busy, JComponent... disabled) {
        dialog.setCursor(busy ? Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR) : null);
        for (JComponent c : disabled) {
            c.setEnabled(!busy);
        }
    }

    /** Calls {@code onChange} with the new text after each edit of the field. */
    public static void onTextChange(JTextComponent field, Consumer<String> onChange) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                onChange.accept(field.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                onChange.accept(field.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                onChange.accept(field.getText());
            }
        });
    }

    @SuppressWarnings("unchecked")
    public static <T> T selected(JComboBox<Choice<T>> combo) {
        Object item = combo.getSelectedItem();
        return item instanceof Choice<?> choice ? (T) choice.value() : null;
    }

    public static <T> void select(JComboBox<Choice<T>> combo, T value) {
        for (int i = 0; i < combo.getItemCount(); i++) {
            if (combo.getItemAt(i).holds(value)) {
                combo.setSelectedIndex(i);
                return;
            }
        }
    }
}
