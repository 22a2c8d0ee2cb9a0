package fr.missive.ui.letters;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.letters.LetterTemplateService;
import fr.missive.app.letters.TemplateFile;
import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.Versioned;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.ChangedMeanwhilePrompt;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.Icons;
import fr.missive.ui.common.ScreenArea;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.KeyStroke;
import javax.swing.ToolTipManager;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * "Lettres types": the standard letters listed by category on the left, the one chosen in
 * the editor in the middle, and its live preview for a contact on the right. Create,
 * duplicate, rename, delete, import and export a {@code .md} file; unsaved changes are asked
 * about before they could be lost.
 */
public final class LettersWindow {

    private static final Dimension SIZE = new Dimension(1260, 860);

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final AccountUseCases accountUseCases;
    private final LetterUseCases letterUseCases;
    private final ComposeUseCases composeUseCases;
    private final JDialog dialog;
    private final DefaultMutableTreeNode root = new DefaultMutableTreeNode();
    private final DefaultTreeModel model = new DefaultTreeModel(root);
    private final JTree tree = new fr.missive.ui.common.FittedTree(model);
    private final TemplateEditor editor;
    private final PreviewPane preview;
    private final JLabel heading = new JLabel();
    private final JLabel state = new JLabel(" ");
    private final JButton duplicate;
    private final JButton rename;
    private final JButton delete;
    private final JButton export;
    private final JButton save;
    private final JButton mailing;
    /** The template in the editor; {@code null} for a new one not saved yet. */
    private StoredTemplate editing;
    /**
     * The version of {@link #editing} its save names; {@link #UNCONFIRMED} until it is read, so that
     * a save of content that may be stale is refused rather than silently written over another's.
     */
    private Long basedOn;
    private static final long UNCONFIRMED = -1L;
    /** Set while the code changes the tree's selection, so that it is not taken for the user's choice. */
    private boolean selecting;

    public LettersWindow(UiContext context, ContactUseCases contactUseCases, AccountUseCases accountUseCases,
            LetterUseCases letterUseCases, ComposeUseCases composeUseCases, Window owner) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.accountUseCases = accountUseCases;
        this.letterUseCases = letterUseCases;
        this.composeUseCases = composeUseCases;
        this.dialog = new JDialog(owner);
        this.editor = new TemplateEditor(context, this::edited);
        this.preview = new PreviewPane(context, letterUseCases, editor::current);
        duplicate = Swing.button("letters.duplicate", context.text("ui.letters.duplicate"), this::duplicateSelected);
        rename = Swing.button("letters.rename", context.text("ui.letters.rename"), this::renameSelected);
        delete = Swing.button("letters.delete", context.text("ui.letters.delete"), this::deleteSelected);
        export = Swing.button("letters.export", context.text("ui.letters.export"), this::exportSelected);
        save = Swing.button("letters.save", context.text("ui.button.save"), () -> save(() -> { }));
        mailing = Swing.button("letters.mailing", context.text("ui.mailing.button"), this::openMailing);
        build();
    }

    private void build() {
        dialog.setName("lettersWindow");
        dialog.setModal(false);
        dialog.setTitle(context.text("ui.letters.title"));
        tree.setName("letters.tree");
        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        tree.getSelectionModel().setSelectionMode(TreeSelectionModel.SINGLE_TREE_SELECTION);
        tree.setCellRenderer(new TemplateRenderer());
        tree.addTreeSelectionListener(e -> treeSelectionChanged());
        tree.setRowHeight(0);
        ReadAloud.named(tree, context.text("ui.a11y.letters.tree"));
        ToolTipManager.sharedInstance().registerComponent(tree);

        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 2", "[grow,fill][grow,fill]",
                "[grow,fill][][][]"));
        // As wide as the longest designation up to 340 px (250 needed horizontal scrolling).
        left.add(new JScrollPane(tree), "span 2, w 250:pref:340, h 300:n:n");
        left.add(Swing.button("letters.new", context.text("ui.letters.new"), this::createNew));
        left.add(duplicate);
        left.add(rename);
        left.add(delete);
        left.add(Swing.button("letters.import", context.text("ui.letters.import"), this::importFile));
        left.add(export);

        heading.setName("letters.heading");
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        JPanel middle = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        middle.add(heading, "gapbottom 6");
        middle.add(editor.panel(), "grow");
        middle.add(Swing.buttonBar(save, null, mailing), "growx, gaptop 6");

        JPanel right = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][grow,fill]"));
        JLabel previewTitle = new JLabel(context.text("ui.letters.preview.title"));
        previewTitle.putClientProperty("FlatLaf.styleClass", "h3");
        right.add(previewTitle, "gapbottom 6");
        right.add(preview.panel(), "grow");

        state.setName("letters.state");
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[][grow,fill][]", "[grow,fill][]"));
        content.add(left, "grow");
        // As wide as its fields need: a fixed 440-460 px cut the fields and the Save button on the right.
        content.add(middle, "grow, gapleft 16");
        // 330 px: the zoom bar, the page buttons and the warnings beneath the page need that much.
        content.add(right, "grow, gapleft 16, w 330:480:n, wrap");
        content.add(state, "span 2, growx, gaptop 8");
        JButton close = Swing.button("letters.close", context.text("ui.button.close"), this::close);
        content.add(Swing.buttonBar(null, close), "growx, gaptop 8");
        dialog.setContentPane(content);
        Icons.decorate(content);
        Swing.onCloseBox(dialog, this::close);
        Swing.keys(dialog, null, this::close);
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(
                KeyStroke.getKeyStroke(KeyEvent.VK_S, KeyEvent.CTRL_DOWN_MASK),
                "missive.save");
        dialog.getRootPane().getActionMap().put("missive.save", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                save(() -> { });
            }
        });
        save.setToolTipText(context.text("ui.letters.saveTip"));
        showHeading();
        updateButtons();
    }

    /**
     * Shows the letters other PCs add, rename or delete while open: the list is read again, the
     * letter being edited and what was typed in it stay as they are.
     */
    public void followChanges(fr.missive.app.changes.Changes changes) {
        fr.missive.ui.common.LiveUpdates.whileOpen(dialog, changes, fr.missive.app.changes.Changes.Topic.LETTERS,
                () -> reload(null));
    }

    public void open() {
        reload(null);
        loadLists();
        dialog.setSize(ScreenArea.atMost(dialog, SIZE, 100));
        Swing.showCentred(dialog, dialog.getOwner(), tree);
    }

    /** True until the user closes the window. */
    public boolean isOpen() {
        return dialog.isDisplayable();
    }

    /** Brings the open window back in front of the main window. */
    public void toFront() {
        dialog.toFront();
        dialog.requestFocus();
    }

    private void loadLists() {
        LetterTemplateService templates = letterUseCases.templates();
        context.inBackground(dialog, templates::customFieldHeaders, editor::setCustomColumns);
        context.inBackground(dialog, () -> contactUseCases.contacts().list(), preview::setContacts);
    }

    /** Lists the templates again and selects {@code selectId} (the first one when null and nothing is edited). */
    private void reload(Long selectId) {
        context.inBackground(dialog, () -> letterUseCases.templates().byCategory(), groups -> {
            fill(groups);
            Long wanted = selectId != null ? selectId : editing == null ? null : editing.id();
            if (wanted == null && editing == null && !editor.unsaved()) {
                wanted = groups.values().stream().flatMap(List::stream).map(StoredTemplate::id).findFirst()
                        .orElse(null);
            }
            DefaultMutableTreeNode node = wanted == null ? null : nodeOf(wanted);
            if (node != null && (editing == null || editing.id() != wanted || selectId != null)) {
                edit((StoredTemplate) node.getUserObject());
            }
            selectInTree();
        });
    }

    private void fill(Map<Category, List<StoredTemplate>> groups) {
        selecting = true;
        try {
            root.removeAllChildren();
            groups.forEach((category, templates) -> {
                DefaultMutableTreeNode group = new DefaultMutableTreeNode(category);
                templates.forEach(t -> group.add(new DefaultMutableTreeNode(t, false)));
                root.add(group);
            });
            model.reload();
            for (int i = 0; i < tree.getRowCount(); i++) {
                tree.expandRow(i);
            }
        } finally {
            selecting = false;
        }
    }

    private DefaultMutableTreeNode nodeOf(long id) {
        Enumeration<javax.swing.tree.TreeNode> all = root.depthFirstEnumeration();
        while (all.hasMoreElements()) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) all.nextElement();
            if (node.getUserObject() instanceof StoredTemplate t && t.id() == id) {
                return node;
            }
        }
        return null;
    }

    /** The tree shows the template being edited as selected (nothing for a new one). */
    private void selectInTree() {
        selecting = true;
        try {
            DefaultMutableTreeNode node = editing == null ? null : nodeOf(editing.id());
            if (node == null) {
                tree.clearSelection();
            } else {
                TreePath path = new TreePath(node.getPath());
                tree.setSelectionPath(path);
                tree.scrollPathToVisible(path);
            }
        } finally {
            selecting = false;
        }
        updateButtons();
    }

    private void treeSelectionChanged() {
        if (selecting) {
            return;
        }
        StoredTemplate chosen = selectedTemplate();
        if (chosen == null || (editing != null && chosen.id() == editing.id())) {
            if (chosen == null) {
                selectInTree();
            }
            return;
        }
        selectInTree();
        whenChangesKept(() -> edit(chosen));
    }

    private StoredTemplate selectedTemplate() {
        TreePath path = tree.getSelectionPath();
        if (path == null) {
            return null;
        }
        Object value = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
        return value instanceof StoredTemplate t ? t : null;
    }

    private void edit(StoredTemplate template) {
        editing = template;
        basedOn = UNCONFIRMED;
        editor.load(template.template());
        state.setText(" ");
        selectInTree();
        showHeading();
        preview.refreshNow();
        confirmVersion(template);
    }

    /**
     * Reads the version of the template just shown (the list it came from may be older): when
     * the content is the one shown, that version is what the save names; when someone changed it
     * since and nothing was typed yet, their content is shown; otherwise the save will be refused.
     */
    private void confirmVersion(StoredTemplate shown) {
        long id = shown.id();
        context.inBackground(dialog, () -> letterUseCases.templates().findForEditing(id), found -> {
            if (editing == null || editing.id() != id || found.isEmpty()) {
                return;
            }
            StoredTemplate now = found.get().value();
            if (now.template().equals(shown.template())) {
                basedOn = found.get().version().number();
            } else if (!editor.unsaved()) {
                showStored(found.get());
            }
        });
    }

    /** Shows the template as stored now, and names its version at the next save. */
    private void showStored(Versioned<StoredTemplate> stored) {
        editing = stored.value();
        basedOn = stored.version().number();
        editor.load(stored.value().template());
        showHeading();
        preview.refreshNow();
    }

    private void createNew() {
        whenChangesKept(() -> {
            Category kind = Category.OTHER;
            TreePath path = tree.getSelectionPath();
            if (path != null) {
                Object value = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
                kind = value instanceof StoredTemplate t ? t.category() : value instanceof Category c ? c : kind;
            }
            editing = null;
            editor.startNew(kind);
            selectInTree();
            showHeading();
            preview.refreshNow();
        });
    }

    /** Runs {@code then} once the unsaved changes, if any, are saved or given up; not at all on Cancel. */
    private void whenChangesKept(Runnable then) {
        if (!editor.unsaved()) {
            then.run();
            return;
        }
        String name = editor.current().designation();
        String question = name.isEmpty() ? context.text("ui.letters.unsavedNew")
                : context.text("ui.letters.unsavedQuestion", name);
        int answer = Alerts.choose(dialog, context.messages(), question, context.text("ui.button.save"),
                context.text("ui.letters.discard"));
        if (answer == 0) {
            save(then);
        } else if (answer == 1) {
            then.run();
        }
    }

    private void save(Runnable then) {
        User actor = context.user();
        Long id = editing == null ? null : editing.id();
        Long version = basedOn;
        LetterTemplate template = editor.current();
        editor.errors().clear();
        context.background().submit(() -> letterUseCases.templates().save(actor, id, template, version), saved -> {
            StoredTemplate stored = saved.value();
            editing = stored;
            basedOn = saved.version().number();
            editor.markSaved(stored.template());
            state.setText(context.text("ui.letters.saved", stored.designation()));
            showHeading();
            // The editor keeps its text, caret and undo history: only the list is refreshed.
            reload(null);
            then.run();
        }, failure -> {
            if (ErrorReporter.unwrap(failure)
                    instanceof ChangedMeanwhileException changed) {
                resolve(changed, then);
            } else {
                editor.errors().showOrReport(dialog, failure, context.errors());
            }
        });
    }

    /**
     * Someone saved the letter since it was opened here: the user reloads it (losing what they
     * typed) or overwrites it; until they choose, the editor keeps what they typed.
     */
    private void resolve(ChangedMeanwhileException changed, Runnable then) {
        ChangedMeanwhilePrompt.Answer answer =
                ChangedMeanwhilePrompt.ask(dialog, context, changed);
        if (answer == ChangedMeanwhilePrompt.Answer.OVERWRITE) {
            basedOn = changed.current().number();
            save(then);
        } else if (answer == ChangedMeanwhilePrompt.Answer.RELOAD && editing != null) {
            long id = editing.id();
            context.inBackground(dialog, () -> letterUseCases.templates().findForEditing(id), found -> {
                if (found.isEmpty()) {
                    Alerts.error(dialog, context.messages(), context.text("concurrency.deletedMeanwhile"));
                    return;
                }
                showStored(found.get());
                state.setText(" ");
                reload(null);
            });
        }
    }

    private void duplicateSelected() {
        whenChangesKept(() -> {
            if (editing == null) {
                return;
            }
            long id = editing.id();
            User actor = context.user();
            context.inBackground(dialog, () -> letterUseCases.templates().duplicate(actor, id,
                    context.messages().locale()), copy -> reload(copy.id()));
        });
    }

    private void renameSelected() {
        whenChangesKept(() -> {
            if (editing == null) {
                return;
            }
            askNewName(editing.designation()).ifPresent(name -> {
                long id = editing.id();
                User actor = context.user();
                context.inBackground(dialog, () -> letterUseCases.templates().rename(actor, id, name),
                        renamed -> reload(renamed.id()));
            });
        });
    }

    private Optional<String> askNewName(String current) {
        JTextField field = new JTextField(current, 32);
        field.setName("letters.renameField");
        JPanel message = new JPanel(new MigLayout("insets 0, wrap 1", "[grow,fill]"));
        JLabel prompt = new JLabel(context.text("ui.letters.renamePrompt"));
        message.add(prompt);
        message.add(ReadAloud.labelled(prompt, field));
        String ok = context.text("ui.letters.renameOk");
        String cancel = context.text("ui.button.cancel");
        JOptionPane pane = new JOptionPane(message, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION, null,
                new Object[] {ok, cancel}, ok);
        JDialog ask = pane.createDialog(dialog, context.text("ui.letters.renameTitle"));
        ask.setName("renameDialog");
        Swing.showCentred(ask, dialog, field);
        ask.dispose();
        return ok.equals(pane.getValue()) ? Optional.of(field.getText().strip()) : Optional.empty();
    }

    private void deleteSelected() {
        if (editing == null || !Alerts.confirm(dialog, context.messages(),
                context.text("ui.letters.deleteQuestion", editing.designation()), context.text("ui.letters.delete"))) {
            return;
        }
        long id = editing.id();
        User actor = context.user();
        context.inBackground(dialog, () -> {
            letterUseCases.templates().delete(actor, id);
            return id;
        }, gone -> {
            editing = null;
            editor.load(null);
            showHeading();
            reload(null);
        });
    }

    private void importFile() {
        whenChangesKept(() -> FileChoosers.open(dialog, context.messages(), "letters.importChooser",
                context.text("ui.letters.importTitle"), context.text("ui.letters.fileFilter"), "md")
                .ifPresent(this::importFrom));
    }

    private void importFrom(Path file) {
        User actor = context.user();
        context.inBackground(dialog, () -> {
            TemplateFile.Imported imported = TemplateFile.importFrom(file);
            return Map.entry(letterUseCases.templates().create(actor, imported.template()),
                    imported.controlCharacterLines());
        }, done -> {
            state.setText(context.text("ui.letters.imported", done.getKey().designation()));
            reload(done.getKey().id());
            List<Integer> cleaned = done.getValue();
            if (!cleaned.isEmpty()) {
                // The letter differs from its file: said in a box, which the next selection cannot clear.
                Alerts.info(dialog, context.messages(), context.text("ui.letters.importedCleaned",
                        done.getKey().designation(), cleaned.stream().map(String::valueOf)
                                .collect(Collectors.joining(", ")), cleaned.size()));
            }
        });
    }

    private void exportSelected() {
        whenChangesKept(() -> {
            if (editing == null) {
                return;
            }
            LetterTemplate template = editing.template();
            FileChoosers.save(dialog, context.messages(), "letters.exportChooser",
                    context.text("ui.letters.exportTitle"),
                    context.text("ui.letters.fileFilter"), FileChoosers.safeFileName(template.designation(), "md"),
                            "md")
                    .ifPresent(file -> context.inBackground(dialog, () -> {
                        TemplateFile.write(template, file);
                        return file;
                    }, written -> state.setText(context.text("ui.letters.exported", written.toString()))));
        });
    }

    /** "Print or e-mail a letter" with this letter chosen, once its changes are saved. */
    private void openMailing() {
        whenChangesKept(() -> new LetterMailingDialog(context, contactUseCases, accountUseCases, letterUseCases,
                composeUseCases, dialog, java.util.List.of(),
                editing == null ? null : editing.id()).warningBounced(bouncedMarks).open());
    }

    /** The mailings opened from here warn before sending to an address that bounced before. */
    public void warnBounced(fr.missive.app.returns.ReturnsService returns) {
        bouncedMarks = returns;
    }

    private fr.missive.app.returns.ReturnsService bouncedMarks;

    private void close() {
        closeThen(() -> { });
    }

    /**
     * Closes the window once its unsaved changes are saved or given up, then runs {@code then};
     * on Cancel the window stays open and {@code then} does not run.
     */
    public void closeThen(Runnable then) {
        whenChangesKept(() -> {
            preview.stop();
            dialog.dispose();
            then.run();
        });
    }

    private void edited() {
        showHeading();
        preview.templateChanged();
    }

    private void showHeading() {
        String name = editor.current().designation();
        String text = editing == null && name.isEmpty() ? context.text("ui.letters.newTemplate")
                : name.isEmpty() ? editing.designation() : name;
        heading.setText(editor.unsaved() ? text + " \u2022" : text);
        heading.setToolTipText(editor.unsaved() ? context.text("ui.letters.unsavedMark") : null);
        updateButtons();
    }

    private void updateButtons() {
        boolean stored = editing != null;
        duplicate.setEnabled(stored);
        rename.setEnabled(stored);
        delete.setEnabled(stored);
        export.setEnabled(stored);
        mailing.setEnabled(stored);
    }

    /** Category groups in the user's language with their count; templates by designation. */
    private final class TemplateRenderer extends DefaultTreeCellRenderer {
        @Override
        public Component getTreeCellRendererComponent(JTree tree, Object value, boolean selected, boolean expanded,
                                                      boolean leaf, int row, boolean focused) {
            super.getTreeCellRendererComponent(tree, value, selected, expanded, leaf, row, focused);
            Object item = ((DefaultMutableTreeNode) value).getUserObject();
            if (item instanceof Category category) {
                setText(context.text("ui.letters.categories." + category.name()));
                setToolTipText(null);
                setIcon(null);
            } else if (item instanceof StoredTemplate template) {
                setText(template.designation());
                setToolTipText(template.designation());
                setIcon(null);
            }
            return this;
        }
    }
}
