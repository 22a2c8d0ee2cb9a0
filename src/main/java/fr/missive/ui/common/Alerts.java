package fr.missive.ui.common;

import fr.missive.i18n.Messages;
import java.awt.Component;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/**
 * Message and question boxes whose buttons speak the user's language (the look and feel's
 * own button texts follow the JVM's locale, not the user's preference) and whose long
 * sentences wrap instead of stretching the box across the screen.
 */
public final class Alerts {

    /** Characters on a line before the option pane wraps a message. */
    private static final int LINE_LENGTH = 70;

    private Alerts() {
    }

    public static void error(Component parent, Messages messages, String text) {
        show(parent, messages, text, JOptionPane.ERROR_MESSAGE, "alertError");
    }

    public static void info(Component parent, Messages messages, String text) {
        show(parent, messages, text, JOptionPane.INFORMATION_MESSAGE, "alertInfo");
    }

    private static void show(Component parent, Messages messages, String text, int type, String name) {
        String ok = messages.get("ui.button.ok");
        JOptionPane pane = new WrappingOptionPane(text, type, JOptionPane.DEFAULT_OPTION, new Object[] {ok}, ok);
        showModal(pane, parent, messages.get("ui.app.name"), name);
    }

    /**
     * Asks a yes/no question; {@code yesText} names the action ("Delete") so the answer does
     * not depend on reading the question twice.
     *
     * @return true when the user chose {@code yesText}
     */
    public static boolean confirm(Component parent, Messages messages, String question, String yesText) {
        return confirm(parent, messages, question, yesText, messages.get("ui.button.cancel"));
    }

    /** As {@link #confirm(Component, Messages, String, String)}, the other answer named {@code no} too. */
    public static boolean confirm(Component parent, Messages messages, String question, String yesText, String no) {
        JOptionPane pane = new WrappingOptionPane(question, JOptionPane.QUESTION_MESSAGE, JOptionPane.YES_NO_OPTION,
                new Object[] {yesText, no}, no);
        showModal(pane, parent, messages.get("ui.app.name"), "confirmDialog");
        return yesText.equals(pane.getValue());
    }

    /**
     * Asks a question with several answers, each naming what it does ("Save", "Don't save");
     * a last Cancel answer is added.
     *
     * @return the index of the answer chosen in {@code answers}, or -1 for Cancel or the close box
     */
    public static int choose(Component parent, Messages messages, String question, String... answers) {
        String cancel = messages.get("ui.button.cancel");
        Object[] options = new Object[answers.length + 1];
        System.arraycopy(answers, 0, options, 0, answers.length);
        options[answers.length] = cancel;
        JOptionPane pane = new WrappingOptionPane(question, JOptionPane.QUESTION_MESSAGE, JOptionPane.DEFAULT_OPTION,
                options, answers.length > 0 ? answers[0] : cancel);
        showModal(pane, parent, messages.get("ui.app.name"), "chooseDialog");
        for (int i = 0; i < answers.length; i++) {
            if (answers[i].equals(pane.getValue())) {
                return i;
            }
        }
        return -1;
    }

    private static void showModal(JOptionPane pane, Component parent, String title, String name) {
        pane.setName(name);
        // Without a parent, a dialog of its own rather than one owned by Swing's hidden shared frame.
        JDialog dialog = parent == null ? pane.createDialog(title) : pane.createDialog(parent, title);
        dialog.setName(name);
        Swing.showCentred(dialog, parent, null);
        dialog.dispose();
    }

    private static final class WrappingOptionPane extends JOptionPane {
        WrappingOptionPane(Object message, int type, int optionType, Object[] options, Object initial) {
            super(message, type, optionType, null, options, initial);
        }

        @Override
        public int getMaxCharactersPerLineCount() {
            return LINE_LENGTH;
        }
    }
}
