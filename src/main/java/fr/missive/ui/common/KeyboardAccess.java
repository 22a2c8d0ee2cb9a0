package fr.missive.ui.common;

import java.awt.AWTEvent;
import java.awt.AWTKeyStroke;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.ComponentEvent;
import java.awt.event.ContainerEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/**
 * Makes every window of the application usable from the keyboard without each window doing it:
 * one listener on the AWT event stream, installed once per process, prepares each window when it
 * opens and again after its content changes (a wizard page, a row of fields appearing):
 * <ul>
 * <li>each field label and button gets an Alt+letter unique in the window ({@link MnemonicPicker});</li>
 * <li>Tab and Ctrl+Tab leave read-only tables, text areas and editor panes, Shift+Tab and
 * Ctrl+Shift+Tab go back, as in the platform's own dialogs (a table one types into keeps Tab for
 * its next cell, and Ctrl+Tab leaves it). Swing's default keeps Tab inside them (a table moves to
 * the next cell, a text area inserts a tab character), so the buttons after them could not be
 * reached by Tab. A letter body has no use for a tab character: its paragraphs and lists are
 * Markdown.</li>
 * </ul>
 * Windows need no call of their own; {@link UiContext} installs this when a session starts.
 */
public final class KeyboardAccess {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    /** Windows with a preparation queued, so a burst of changes prepares each once. */
    private static final Set<Window> PENDING = ConcurrentHashMap.newKeySet();
    private static final String PREPARED = "missive.keyboardPrepared";
    private static final PropertyChangeListener TEXT_CHANGED = event -> {
        if (event.getSource() instanceof Component c) {
            later(SwingUtilities.getWindowAncestor(c));
        }
    };

    private KeyboardAccess() {
    }

    /** Starts preparing every window opened from now on; later calls do nothing. Any thread. */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            Toolkit.getDefaultToolkit().addAWTEventListener(KeyboardAccess::seen,
                    AWTEvent.WINDOW_EVENT_MASK | AWTEvent.CONTAINER_EVENT_MASK | AWTEvent.COMPONENT_EVENT_MASK);
        }
    }

    private static void seen(AWTEvent event) {
        switch (event.getID()) {
            case WindowEvent.WINDOW_OPENED -> later((Window) event.getSource());
            case ContainerEvent.COMPONENT_ADDED, ContainerEvent.COMPONENT_REMOVED,
                    ComponentEvent.COMPONENT_SHOWN, ComponentEvent.COMPONENT_HIDDEN -> {
                Object source = event.getSource();
                if (source instanceof Window window) {
                    later(window);
                } else if (source instanceof Component c) {
                    later(SwingUtilities.getWindowAncestor(c));
                }
            }
            default -> {
                // moves, resizes, focus: nothing to do
            }
        }
    }

    private static void later(Window window) {
        if (window != null && PENDING.add(window)) {
            SwingUtilities.invokeLater(() -> {
                PENDING.remove(window);
                prepare(window);
            });
        }
    }

    /** Mnemonics and traversal keys for what the window shows now. EDT. */
    public static void prepare(Window window) {
        if (!window.isShowing()) {
            return;
        }
        leaveWithTabIn(window);
        MnemonicPicker.assign(window);
        List<JComponent> targets = new ArrayList<>();
        MnemonicPicker.collect(window, targets);
        for (JComponent target : targets) {
            // A button or label whose text changes may need another letter.
            if (target.getClientProperty(PREPARED) == null) {
                target.putClientProperty(PREPARED, Boolean.TRUE);
                target.addPropertyChangeListener("text", TEXT_CHANGED);
            }
        }
    }

    private static void leaveWithTabIn(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof JTable table && !hasEditableCells(table)
                    || child instanceof JTextArea || child instanceof JEditorPane) {
                leaveWithTab((JComponent) child);
            }
            if (child instanceof Container inner) {
                leaveWithTabIn(inner);
            }
        }
    }

    /**
     * A table one types into (a contact's extra fields) keeps Tab for the next cell, as a
     * spreadsheet does; Ctrl+Tab, Swing's own key for it, leaves it.
     */
    private static boolean hasEditableCells(JTable table) {
        try {
            for (int column = 0; column < table.getModel().getColumnCount(); column++) {
                if (table.getModel().isCellEditable(0, column)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException noRowToAsk) {
            return false;
        }
    }

    /** Tab and Ctrl+Tab move the focus out of {@code c}, with Shift backwards. */
    public static void leaveWithTab(JComponent c) {
        c.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.of(
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, 0),
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK)));
        c.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.of(
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK | InputEvent.CTRL_DOWN_MASK)));
    }
}
