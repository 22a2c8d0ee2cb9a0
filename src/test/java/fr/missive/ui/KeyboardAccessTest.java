package fr.missive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.common.KeyboardAccess;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The keyboard rules every window gets from {@link KeyboardAccess}, on small windows built here:
 * mnemonics chosen from the texts, unique per window and per wizard page; Alt+letter of a label
 * focuses its field; Tab leaves tables and text areas. And the check {@link Mnemonics#problems}
 * fails on a window that breaks the rule.
 */
@ExtendWith(GuiTestExtension.class)
class KeyboardAccessTest {

    @BeforeAll
    static void install() {
        KeyboardAccess.install();
    }

    private static JLabel label(String text, Component field) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        return label;
    }

    private static JButton button(String name, String text) {
        JButton button = new JButton(text);
        button.setName(name);
        return button;
    }

    private static JDialog show(JPanel content, String name) {
        return Gui.onEdt(() -> {
            JDialog dialog = new JDialog((java.awt.Window) null);
            dialog.setName(name);
            dialog.setContentPane(content);
            dialog.pack();
            dialog.setLocationRelativeTo(null);
            dialog.setVisible(true);
            return dialog;
        });
    }

    @Test
    void labelsAndButtonsGetDistinctLettersOfTheirTextsSkippingAccentsAndTakenInitials(Robot robot) {
        JTextField nom = Gui.onEdt(() -> new JTextField(10));
        JTextField numero = Gui.onEdt(() -> new JTextField(10));
        JTextField edition = Gui.onEdt(() -> new JTextField(10));
        JButton save = Gui.onEdt(() -> button("save", "Enregistrer"));
        JButton cancel = Gui.onEdt(() -> button("cancel", "Annuler"));
        JCheckBox consent = Gui.onEdt(() -> new JCheckBox("Accepte les e-mails"));
        JDialog dialog = Gui.onEdt(() -> {
            JPanel form = new JPanel(new MigLayout("wrap 2"));
            form.add(label("Nom", nom));
            form.add(nom);
            form.add(label("Numéro", numero));
            form.add(numero);
            form.add(label("Édition", edition));
            form.add(edition);
            form.add(consent, "span 2");
            form.add(save);
            form.add(cancel);
            return show(form, "planted");
        });
        Gui.until("mnemonics assigned", () -> save.getMnemonic() != 0);

        assertThat(Mnemonics.problems(dialog)).isEmpty();
        // Reading order: "Nom" takes N, "Numéro" its next free letter, "Édition" skips É.
        assertThat(Gui.onEdt(() -> java.util.List.of(labelFor(dialog, nom).getDisplayedMnemonic(),
                labelFor(dialog, numero).getDisplayedMnemonic(), labelFor(dialog, edition).getDisplayedMnemonic(),
                consent.getMnemonic(), save.getMnemonic(), cancel.getMnemonic())))
                .containsExactly((int) 'N', (int) 'U', (int) 'D', (int) 'A', (int) 'E', (int) 'L');
        Gui.onEdt(() -> {
            dialog.dispose();
            return null;
        });
    }

    @Test
    void aLabelOfAccentedLettersOnlyTakesTheLetterWithoutItsAccent(Robot robot) {
        JTextField to = Gui.onEdt(() -> new JTextField(10));
        JButton add = Gui.onEdt(() -> button("add", "Ajouter"));
        JDialog dialog = Gui.onEdt(() -> {
            JPanel form = new JPanel(new MigLayout("wrap 2"));
            form.add(label("\u00c0 :", to));
            form.add(to);
            form.add(add);
            return show(form, "accented");
        });
        Gui.until("mnemonics assigned", () -> add.getMnemonic() != 0);

        assertThat(Mnemonics.problems(dialog)).isEmpty();
        assertThat(Gui.onEdt(() -> labelFor(dialog, to).getDisplayedMnemonic())).isEqualTo((int) 'A');
        assertThat(Gui.onEdt(add::getMnemonic)).isNotEqualTo((int) 'A');
        Gui.onEdt(() -> {
            dialog.dispose();
            return null;
        });
    }

    private static JLabel labelFor(JDialog dialog, Component field) {
        for (Component c : ((JPanel) dialog.getContentPane()).getComponents()) {
            if (c instanceof JLabel label && label.getLabelFor() == field) {
                return label;
            }
        }
        throw new AssertionError("no label for " + field);
    }

    @Test
    void altAndTheLetterOfALabelPutsTheFocusInItsField(Robot robot) {
        JTextField first = Gui.onEdt(() -> new JTextField(10));
        JTextField city = Gui.onEdt(() -> new JTextField(10));
        JDialog dialog = Gui.onEdt(() -> {
            JPanel form = new JPanel(new MigLayout("wrap 2"));
            form.add(label("Prénom", first));
            form.add(first);
            form.add(label("Ville", city));
            form.add(city);
            return show(form, "altLetter");
        });
        Gui.until("first field focused", () -> {
            first.requestFocusInWindow();
            return first.hasFocus();
        });
        Keys.chord(robot, KeyEvent.VK_V, KeyEvent.VK_ALT);
        Gui.until("Alt+V moved the focus to the city", city::hasFocus);
        Gui.onEdt(() -> {
            dialog.dispose();
            return null;
        });
    }

    @Test
    void aWizardPageIsAWindowOfItsOwnAndTheButtonsBelowKeepTheirLetters(Robot robot) {
        CardLayout cards = Gui.onEdt(() -> new CardLayout());
        JPanel pages = Gui.onEdt(() -> new JPanel(cards));
        JTextField name = Gui.onEdt(() -> new JTextField(10));
        JTextField server = Gui.onEdt(() -> new JTextField(10));
        JButton next = Gui.onEdt(() -> button("next", "Suivant >"));
        JDialog dialog = Gui.onEdt(() -> {
            JPanel one = new JPanel(new MigLayout());
            one.add(label("Serveur", name));
            one.add(name);
            JPanel two = new JPanel(new MigLayout());
            two.add(label("Sécurité", server));
            two.add(server);
            pages.add(one, "one");
            pages.add(two, "two");
            JPanel all = new JPanel(new MigLayout("wrap 1"));
            all.add(pages);
            all.add(next);
            return show(all, "wizard");
        });
        Gui.until("mnemonics assigned", () -> next.getMnemonic() != 0);
        int nextKey = Gui.onEdt(next::getMnemonic);
        assertThat(Mnemonics.problems(dialog)).isEmpty();
        Gui.onEdt(() -> {
            cards.show(pages, "two");
            return null;
        });
        robot.waitForIdle();
        Gui.until("second page's label has a mnemonic", () -> ((JLabel) ((JPanel) pages.getComponent(1))
                .getComponent(0)).getDisplayedMnemonic() != 0);
        assertThat(Mnemonics.problems(dialog)).isEmpty();
        assertThat(Gui.onEdt(next::getMnemonic)).isEqualTo(nextKey);
        // Both pages' labels start with S: each page gives it, as the hidden one does not count.
        assertThat(Gui.onEdt(() -> ((JLabel) ((JPanel) pages.getComponent(1)).getComponent(0)).getDisplayedMnemonic()))
                .isEqualTo((int) 'S');
        Gui.onEdt(() -> {
            dialog.dispose();
            return null;
        });
    }

    @Test
    void theCheckNamesAButtonWithoutMnemonicAndALetterUsedTwice(Robot robot) {
        JTextField field = Gui.onEdt(() -> new JTextField(10));
        JButton first = Gui.onEdt(() -> button("first", "Ouvrir"));
        JButton second = Gui.onEdt(() -> button("second", "Options"));
        JButton none = Gui.onEdt(() -> button("none", "Oo"));
        JDialog dialog = Gui.onEdt(() -> {
            // Set by the code, so kept as they are: the check must say it.
            first.setMnemonic('O');
            second.setMnemonic('O');
            JPanel form = new JPanel(new MigLayout());
            form.add(label("?", field));
            form.add(field);
            form.add(first);
            form.add(second);
            form.add(none);
            return show(form, "broken");
        });
        robot.waitForIdle();
        Gui.until("mnemonics assigned", () -> first.getClientProperty("missive.keyboardPrepared") != null);

        assertThat(Mnemonics.problems(dialog)).containsExactlyInAnyOrder(
                "no mnemonic: label \"?\"",
                "no mnemonic: button \"Oo\" (none)",
                "Alt+O used 2 times: button \"Ouvrir\" (first), button \"Options\" (second)");
        Gui.onEdt(() -> {
            dialog.dispose();
            return null;
        });
    }

    @Test
    void tabAndCtrlTabLeaveAReadOnlyTableAndATextAreaWithoutTypingATab(Robot robot) {
        JTextField search = Gui.onEdt(() -> new JTextField(10));
        JTable table = Gui.onEdt(() -> new JTable(new DefaultTableModel(new Object[][] {{"a", "b"}, {"c", "d"}},
                new Object[] {"x", "y"}) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        }));
        JTextArea body = Gui.onEdt(() -> new JTextArea(3, 20));
        JButton send = Gui.onEdt(() -> button("send", "Envoyer"));
        JDialog dialog = Gui.onEdt(() -> {
            JPanel form = new JPanel(new MigLayout("wrap 1"));
            form.add(search);
            form.add(new JScrollPane(table), "h 80!");
            form.add(new JScrollPane(body));
            form.add(send);
            return show(form, "tabs");
        });
        robot.waitForIdle();
        Gui.until("table focused", () -> {
            table.requestFocusInWindow();
            return table.hasFocus();
        });
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        Gui.until("Tab left the table for the text area", body::hasFocus);
        robot.type('x');
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        Gui.until("Tab left the text area for the button", send::hasFocus);
        Keys.chord(robot, KeyEvent.VK_TAB, KeyEvent.VK_SHIFT);
        Gui.until("Shift+Tab came back", body::hasFocus);
        Keys.chord(robot, KeyEvent.VK_TAB, KeyEvent.VK_CONTROL);
        Gui.until("Ctrl+Tab left the text area too", send::hasFocus);
        assertThat(Gui.onEdt(() -> body.getText())).isEqualTo("x");
        assertThat(Gui.onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner())).isSameAs(send);
        Gui.onEdt(() -> {
            dialog.dispose();
            return null;
        });
    }
}
