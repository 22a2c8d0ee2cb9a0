package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;

/**
 * Every dialog and wizard page of the {@link WindowCatalogue} where a person types something
 * asks "Abandonner les modifications ?" before Escape throws it away: text typed with the
 * keyboard into its first field, Escape shows the question; "Continuer la saisie" keeps the
 * dialog and the text; Escape again and "Abandonner" close it. Opened again and left untouched,
 * the dialog closes on Escape without a question.
 *
 * <p>Run by {@link CatalogueChecksTest} on every window of the catalogue (in French, light, after
 * the other checks: it closes the window), so a new dialog with a field is checked as soon as it
 * is listed there: it must ask, or be named in {@link #CLOSES_AT_ONCE} with the reason it need not.
 */
final class DiscardQuestionCheck {

    private static final String TYPED = "Essai";
    private static final long QUESTION_WAIT_MILLIS = 5_000;

    /** Windows with a field that close at once on Escape, or do not close on it, and why. */
    private static final Map<String, String> CLOSES_AT_ONCE = Map.ofEntries(
            Map.entry("signInDialog", "a sign-in: what is typed is a password, typed again in a second"),
            Map.entry("secretAnswerDialog", "a sign-in to a shared account, as the sign-in window"),
            Map.entry("accountVerificationDialog", "a one-time code from an e-mail, asked for again in a second"),
            Map.entry("resendDialog", "a yes-or-no question whose field holds the address already known"),
            Map.entry("mainWindow", "Escape does not close the main window; its field is the contacts search"),
            Map.entry("lettersWindow", "asks its own question: save the letter, do not save, cancel"),
            Map.entry("renameDialog", "a letter's new name, one word chosen again at once"),
            Map.entry("contactPicker", "a choice of contacts; its field only filters the list"),
            Map.entry("sentDialog", "a log to read; its field only filters the list"),
            Map.entry("retentionDialog", "one number with a Save button of its own"),
            Map.entry("importWizard/file", "a file path, chosen again in one click"),
            Map.entry("fileChooser:import", "the JDK's file chooser"),
            Map.entry("fileChooser:saveAttachment", "the JDK's file chooser"));

    /** Entries whose opener fills an earlier page to reach theirs: opened again, they are not untouched. */
    private static final java.util.Set<String> FILLED_BY_OPENER = java.util.Set.of("firstRunWizard/administrator");

    private DiscardQuestionCheck() {
    }

    /** The check over one open window of the catalogue, typing with {@code robot}, the question in French. */
    static CatalogueRunner.Check typingWith(Robot robot) {
        Messages messages = Messages.forLocale(Locale.FRENCH);
        return (entry, window, f) -> {
            if (CLOSES_AT_ONCE.containsKey(entry.name())) {
                return;
            }
            Optional<JTextComponent> field = Fixture.onEdt(() -> firstTypingField(window));
            if (field.isEmpty()) {
                return;
            }
            typedDataIsAskedAbout(robot, messages, window, field.get());
            f.closeAllButMain();
            Window untouched = entry.open(f);
            Fixture.onEdt(() -> firstTypingField(untouched)).ifPresent(robot::focusAndWaitForFocusGain);
            robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
            if (FILLED_BY_OPENER.contains(entry.name())) {
                // Its opener typed an earlier page: that is typed data, and the question is right.
                answer(question(QUESTION_WAIT_MILLIS).orElseThrow(() -> new AssertionError(
                        "Escape closed the wizard without asking about its earlier page")), messages.get("ui.discard.yes"));
            }
            assertThat(closesWithin(untouched, QUESTION_WAIT_MILLIS)).as("untouched, closed by Escape").isTrue();
            assertThat(question()).as("a question for an untouched dialog").isEmpty();
        };
    }

    /** The listed windows are in the catalogue: a renamed window is not let through unchecked. */
    static void everyWindowListedAsClosingAtOnceIsInTheCatalogue() {
        List<String> names = WindowCatalogue.all().stream().map(WindowCatalogue.Entry::name).toList();
        assertThat(names).containsAll(CLOSES_AT_ONCE.keySet());
    }

    private static void typedDataIsAskedAbout(Robot robot, Messages messages, Window window, JTextComponent field) {
        String before = Fixture.onEdt(field::getText);
        robot.focusAndWaitForFocusGain(field);
        Fixture.onEdt(() -> {
            field.setCaretPosition(field.getDocument().getLength());
            return null;
        });
        robot.enterText(TYPED);
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        JDialog asked = question(QUESTION_WAIT_MILLIS)
                .orElseThrow(() -> new AssertionError("Escape closed the window without asking, after "
                        + TYPED + " was typed in " + field.getName()));
        answer(asked, messages.get("ui.discard.no"));
        Fixture.waitUntil("question answered", () -> !asked.isShowing());
        Fixture.settle();
        assertThat(Fixture.<Boolean>onEdt(window::isShowing)).as("still open after \"keep editing\"").isTrue();
        assertThat(Fixture.<String>onEdt(field::getText)).as("what was typed, kept").isEqualTo(before + TYPED);

        robot.focusAndWaitForFocusGain(field);
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        JDialog again = question(QUESTION_WAIT_MILLIS)
                .orElseThrow(() -> new AssertionError("no question at the second Escape"));
        answer(again, messages.get("ui.discard.yes"));
        assertThat(closesWithin(window, QUESTION_WAIT_MILLIS)).as("closed after \"discard\"").isTrue();
    }

    /**
     * The first field a person types into: showing, enabled, editable, not a password (typing
     * a password is a sign-in, not data to keep).
     */
    private static Optional<JTextComponent> firstTypingField(Container root) {
        for (Component c : root.getComponents()) {
            if (c instanceof JTextComponent text && !(c instanceof JPasswordField) && text.isShowing()
                    && text.isEnabled() && text.isEditable() && !(SwingUtilities.getAncestorOfClass(
                    javax.swing.JSpinner.class, text) != null) && !(SwingUtilities.getAncestorOfClass(
                    javax.swing.JComboBox.class, text) != null)) {
                return Optional.of(text);
            }
            if (c instanceof Container inner) {
                Optional<JTextComponent> found = firstTypingField(inner);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JDialog> question(long waitMillis) {
        long end = System.currentTimeMillis() + waitMillis;
        while (true) {
            Optional<JDialog> shown = question();
            if (shown.isPresent() || System.currentTimeMillis() > end) {
                return shown;
            }
            sleep(50);
        }
    }

    /** The discard question showing now, if any. */
    private static Optional<JDialog> question() {
        return Fixture.onEdt(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && "confirmDialog".equals(d.getName()) && d.isShowing()) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        });
    }

    private static void answer(JDialog question, String buttonText) {
        AbstractButton button = Fixture.onEdt(() -> buttonWithText(question.getContentPane(), buttonText))
                .orElseThrow(() -> new AssertionError("no button " + buttonText + " in the question"));
        SwingUtilities.invokeLater(button::doClick);
    }

    private static Optional<AbstractButton> buttonWithText(Container root, String text) {
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton b && text.equals(b.getText())) {
                return Optional.of(b);
            }
            if (c instanceof Container inner) {
                Optional<AbstractButton> found = buttonWithText(inner, text);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean closesWithin(Window window, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (Fixture.onEdt(window::isShowing)) {
            if (System.currentTimeMillis() > end || question().isPresent()) {
                return false;
            }
            sleep(50);
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
