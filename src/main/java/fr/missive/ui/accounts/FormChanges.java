package fr.missive.ui.accounts;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JComboBox;
import javax.swing.JSpinner;
import javax.swing.JToggleButton;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Calls back on every change a user can make in a form — text typed, a choice, a number, a box
 * ticked — wherever the input sits in the form's panels. Buttons that act (rather than hold a
 * state) are left out.
 */
final class FormChanges {

    private FormChanges() {
    }

    static void watch(Container form, Runnable onChange) {
        for (Component c : form.getComponents()) {
            if (c instanceof JTextComponent text) {
                text.getDocument().addDocumentListener(new DocumentListener() {
                    @Override
                    public void insertUpdate(DocumentEvent e) {
                        onChange.run();
                    }

                    @Override
                    public void removeUpdate(DocumentEvent e) {
                        onChange.run();
                    }

                    @Override
                    public void changedUpdate(DocumentEvent e) {
                        // attributes only: the text is the same
                    }
                });
            } else if (c instanceof JComboBox<?> combo) {
                combo.addActionListener(e -> onChange.run());
            } else if (c instanceof JSpinner spinner) {
                spinner.addChangeListener(e -> onChange.run());
            } else if (c instanceof JToggleButton box) {
                box.addItemListener(e -> onChange.run());
            } else if (c instanceof Container inner) {
                watch(inner, onChange);
            }
        }
    }
}
