package fr.missive.ui;

import java.awt.event.KeyEvent;
import org.assertj.swing.core.Robot;

/** Keys pressed as a person presses them, for the tests that use no mouse. */
final class Keys {

    private Keys() {
    }

    /**
     * {@code key} with {@code modifiers} held down (KeyEvent.VK_ALT, VK_SHIFT, VK_CONTROL), pressed
     * one after the other and released in reverse order, as fingers do.
     */
    static void chord(Robot robot, int key, int... modifiers) {
        for (int modifier : modifiers) {
            robot.pressKey(modifier);
        }
        robot.pressAndReleaseKey(key);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            robot.releaseKey(modifiers[i]);
        }
        robot.waitForIdle();
    }

    /** Alt and a letter: a mnemonic. */
    static void alt(Robot robot, char letter) {
        chord(robot, KeyEvent.getExtendedKeyCodeForChar(Character.toUpperCase(letter)), KeyEvent.VK_ALT);
    }

    static void tab(Robot robot) {
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.waitForIdle();
    }

    /** The letter a person sees underlined on {@code button}; fails when it has none. */
    static char mnemonicOf(javax.swing.AbstractButton button) {
        int key = Gui.onEdt(button::getMnemonic);
        if (key == 0) {
            throw new AssertionError("no mnemonic on " + button.getName());
        }
        return (char) key;
    }

    /** The letter underlined on the label of {@code field} (the label tied to it by setLabelFor). */
    static char mnemonicOfLabelFor(java.awt.Container root, java.awt.Component field) {
        return Gui.onEdt(() -> {
            for (javax.swing.JLabel label : labels(root)) {
                if (label.getLabelFor() == field && label.getDisplayedMnemonic() != 0) {
                    return (char) label.getDisplayedMnemonic();
                }
            }
            throw new AssertionError("no label with a mnemonic for " + field.getName());
        });
    }

    private static java.util.List<javax.swing.JLabel> labels(java.awt.Container root) {
        java.util.List<javax.swing.JLabel> labels = new java.util.ArrayList<>();
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof javax.swing.JLabel label) {
                labels.add(label);
            }
            if (c instanceof java.awt.Container inner) {
                labels.addAll(labels(inner));
            }
        }
        return labels;
    }

    /** Finds a dialog by name without touching the mouse (Gui.dialog moves the pointer onto it). */
    static org.assertj.swing.fixture.DialogFixture dialog(Robot robot, String name) {
        return org.assertj.swing.finder.WindowFinder.findDialog(name)
                .withTimeout(Gui.TIMEOUT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS).using(robot);
    }

    static String optionMessage(Robot robot, org.assertj.swing.fixture.DialogFixture dialog) {
        javax.swing.JOptionPane pane = robot.finder().findByType(dialog.target(), javax.swing.JOptionPane.class);
        return Gui.onEdt(() -> String.valueOf(pane.getMessage()));
    }

    static javax.swing.JButton buttonWithText(Robot robot, org.assertj.swing.fixture.DialogFixture dialog, String text) {
        return robot.finder().find(dialog.target(),
                org.assertj.swing.core.matcher.JButtonMatcher.withText(text).andShowing());
    }
}
