package fr.missive.ui.letters;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CannotUndoException;
import javax.swing.undo.CompoundEdit;
import javax.swing.undo.UndoManager;

/**
 * Undo and redo of one text component: Ctrl+Z, Ctrl+Y (and Ctrl+Shift+Z). A toolbar action
 * that removes and re-inserts text is undone in one step, as the user did it in one.
 */
final class TextHistory {

    private static final int LIMIT = 500;

    private final JTextComponent text;
    private final UndoManager undo = new UndoManager();
    private CompoundEdit group;

    TextHistory(JTextComponent text) {
        this.text = text;
        undo.setLimit(LIMIT);
        text.getDocument().addUndoableEditListener(e -> {
            if (group != null) {
                group.addEdit(e.getEdit());
            } else {
                undo.addEdit(e.getEdit());
            }
        });
    }

    void bindKeys() {
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_Z, KeyEvent.CTRL_DOWN_MASK), "missive.undo", this::undo);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_Y, KeyEvent.CTRL_DOWN_MASK), "missive.redo", this::redo);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_Z, KeyEvent.CTRL_DOWN_MASK | KeyEvent.SHIFT_DOWN_MASK), "missive.redo",
                this::redo);
    }

    private void bind(KeyStroke key, String id, Runnable action) {
        text.getInputMap().put(key, id);
        text.getActionMap().put(id, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    void asOneEdit(Runnable change) {
        group = new CompoundEdit();
        try {
            change.run();
        } finally {
            CompoundEdit done = group;
            group = null;
            done.end();
            undo.addEdit(done);
        }
    }

    void undo() {
        try {
            if (undo.canUndo()) {
                undo.undo();
            }
        } catch (CannotUndoException e) {
            text.getToolkit().beep();
        }
    }

    void redo() {
        try {
            if (undo.canRedo()) {
                undo.redo();
            }
        } catch (CannotRedoException e) {
            text.getToolkit().beep();
        }
    }

    /** A template just loaded: nothing before it to undo. */
    void forget() {
        undo.discardAllEdits();
    }
}
