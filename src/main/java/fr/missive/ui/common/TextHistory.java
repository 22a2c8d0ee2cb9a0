package fr.missive.ui.common;

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
 * that removes and re-inserts text is undone in one step, as the user did it in one; an action
 * made of other such actions (a paste that replaces a selection and formats paragraphs) is still
 * one step. Shared by the plain fields and the word-processor editor.
 */
public final class TextHistory {

    private static final int LIMIT = 500;

    private final JTextComponent text;
    private final UndoManager undo = new UndoManager();
    private CompoundEdit group;
    private boolean recording = true;

    /** Listens to the component's document as it is now: set the document first. */
    public TextHistory(JTextComponent text) {
        this.text = text;
        undo.setLimit(LIMIT);
        text.getDocument().addUndoableEditListener(e -> {
            if (!recording) {
                return;
            }
            if (group != null) {
                group.addEdit(e.getEdit());
            } else {
                undo.addEdit(e.getEdit());
            }
        });
    }

    public void bindKeys() {
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

    /** One undoable step for all that {@code change} does; within another such step, part of it. */
    public void asOneEdit(Runnable change) {
        if (group != null) {
            change.run();
            return;
        }
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

    /** A change that is no edit of the user's (a text loaded): not recorded, nothing before it to undo. */
    public void replacing(Runnable change) {
        recording = false;
        try {
            change.run();
        } finally {
            recording = true;
        }
        undo.discardAllEdits();
    }

    public void undo() {
        try {
            if (undo.canUndo()) {
                undo.undo();
            }
        } catch (CannotUndoException e) {
            text.getToolkit().beep();
        }
    }

    public void redo() {
        try {
            if (undo.canRedo()) {
                undo.redo();
            }
        } catch (CannotRedoException e) {
            text.getToolkit().beep();
        }
    }

    /** A text just loaded: nothing before it to undo. */
    public void forget() {
        undo.discardAllEdits();
    }
}
