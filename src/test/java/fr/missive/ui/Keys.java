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
}
