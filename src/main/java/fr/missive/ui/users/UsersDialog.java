package fr.missive.ui.users;

import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.FieldError;
import fr.missive.app.users.UserDraft;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.PasswordFields;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The administrator's list of the people who work on this PC: add, edit, delete, with a role
 * and an optional password. The rules (unique names, a last administrator kept) are the use
 * case's; their errors land on the fields.
 */
public final class UsersDialog {

    private final UiContext context;
    private final SetupUseCases setupUseCases;
    private final Runnable onClosed;
    private final JDialog dialog;
    /** Asks before what was typed is lost. */
    private final DiscardCheck discard;
    private final DefaultListModel<User> users = new DefaultListModel<>();
    private final JList<User> list = new fr.missive.ui.common.FittedList<>(users);
    private final FieldErrors errors;
    private final JLabel formTitle = new JLabel();
    private final JTextField name = new JTextField(22);
    private final JTextField email = new JTextField(22);
    private final JComboBox<Choice<Role>> role = new JComboBox<>();
    private final JLabel passwordState = new JLabel();
    private final JCheckBox removePassword = new JCheckBox();
    private final PasswordFields passwords = new PasswordFields();
    private final JLabel passwordHint;
    private final JButton add;
    private final JButton delete;
    private final JButton save;
    private final JButton close;
    /** The user in the form; {@code null} while a new one is typed. */
    private User editing;

    /** @param onClosed called on the EDT when the window closes, to refresh what depends on users */
    public UsersDialog(UiContext context, SetupUseCases setupUseCases, Window owner, Runnable onClosed) {
        this.context = context;
        this.setupUseCases = setupUseCases;
        this.onClosed = onClosed;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages);
        this.errors = new FieldErrors(context::messages);
        this.passwordHint = Swing.hint("");
        add = Swing.button("userAdd", context.text("ui.users.add"), this::startNew);
        delete = Swing.button("userDelete", context.text("ui.users.delete"), this::deleteSelected);
        save = Swing.button("userSave", context.text("ui.button.save"), this::save);
        close = Swing.button("usersClose", context.text("ui.button.close"), discard::close);
        for (Role r : Role.values()) {
            role.addItem(new Choice<>(r, context.text("ui.role." + r.name())));
        }
        removePassword.setName("user.removePassword");
        removePassword.setText(context.text("ui.users.removePassword"));
        removePassword.addActionListener(e -> passwords.setEnabled(!removePassword.isSelected()));
        passwordState.setName("user.passwordState");
        build();
    }

    private void build() {
        dialog.setName("usersDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.users.title"));
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onClosed.run();
            }
        });
        list.setName("usersList");
        ReadAloud.named(list, context.text("ui.a11y.users.list"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new UserRenderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                edit(list.getSelectedValue());
            }
        });
        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 2", "[grow,fill][grow,fill]", "[grow,fill][]"));
        left.add(new JScrollPane(list), "span 2, w 220:pref:420, h 240:280");
        left.add(add);
        left.add(delete);

        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        formTitle.putClientProperty("FlatLaf.styleClass", "h4");
        form.add(formTitle, "span 2, left, gapbottom 6");
        field(form, "ui.user.name", "name", "user.name", name);
        field(form, "ui.user.email", "email", "user.email", email);
        field(form, "ui.user.role", "role", "user.role", role);
        form.add(Swing.section(context.text("ui.user.password")), "span 2, growx, gaptop 8");
        form.add(passwordState, "span 2, left");
        form.add(removePassword, "span 2, left");
        field(form, "ui.users.newPassword", "password", "user.password", passwords.password());
        field(form, "ui.user.passwordConfirm", "passwordConfirm", "user.passwordConfirm", passwords.confirmation());
        form.add(passwordHint, "skip 1");
        form.add(Swing.buttonBar(save, null), "skip 1, growx, gaptop 8");

        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[][grow,fill]", "[grow,fill][]"));
        content.add(left, "top");
        content.add(form, "top, gapleft 16, wrap");
        content.add(Swing.buttonBar(null, close), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, save, discard::close);
    }

    private void field(JPanel form, String labelKey, String field, String componentName, javax.swing.JComponent input) {
        form.add(Swing.label(context.text(labelKey), input));
        form.add(errors.register(field, new FieldCell(componentName, input)));
    }

    public void open() {
        startNew();
        reload(null);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), name);
    }

    private void reload(Long selectId) {
        context.inBackground(dialog, () -> setupUseCases.users().list(), all -> {
            users.clear();
            all.forEach(users::addElement);
            if (selectId != null) {
                all.stream().filter(u -> u.id().equals(selectId)).findFirst().ifPresent(u -> list.setSelectedValue(u, true));
            }
        });
    }

    private void startNew() {
        list.clearSelection();
        editing = null;
        fill(Optional.empty());
        name.requestFocusInWindow();
    }

    private void edit(User user) {
        editing = user;
        fill(Optional.of(user));
    }

    private void fill(Optional<User> user) {
        errors.clear();
        formTitle.setText(user.map(u -> context.text("ui.users.editTitle", u.name()))
                .orElse(context.text("ui.users.newTitle")));
        name.setText(user.map(User::name).orElse(""));
        email.setText(user.flatMap(u -> Optional.ofNullable(u.email())).map(Object::toString).orElse(""));
        Swing.select(role, user.map(User::role).orElse(Role.STAFF));
        boolean hasPassword = user.map(User::hasPassword).orElse(false);
        passwordState.setText(context.text(hasPassword ? "ui.users.hasPassword" : "ui.users.noPassword"));
        passwordState.setVisible(user.isPresent());
        removePassword.setSelected(false);
        removePassword.setVisible(hasPassword);
        passwords.clear();
        passwords.setEnabled(true);
        passwordHint.setText(context.text(hasPassword ? "ui.users.passwordKeepHint" : "ui.users.passwordOptionalHint"));
        delete.setEnabled(user.isPresent());
        discard.unchangedNow();
    }

    private void save() {
        Optional<FieldError> mismatch = passwords.mismatch("passwordConfirm");
        if (mismatch.isPresent() && !removePassword.isSelected()) {
            errors.show(List.of(mismatch.get()));
            return;
        }
        char[] password = removePassword.isSelected() ? new char[0] : passwords.typed();
        UserDraft draft = new UserDraft(name.getText(), email.getText(), Swing.selected(role), password);
        User actor = context.user();
        User target = editing;
        Swing.busy(dialog, true, save, add, delete, close);
        context.background().submit(() -> target == null ? setupUseCases.users().add(actor, draft)
                        : setupUseCases.users().update(actor, target.id(), draft),
                saved -> {
                    Swing.busy(dialog, false, save, add, delete, close);
                    reload(saved.id());
                    edit(saved);
                },
                failure -> {
                    Swing.busy(dialog, false, save, add, delete, close);
                    delete.setEnabled(editing != null);
                    errors.showOrReport(dialog, failure, context.errors());
                });
    }

    private void deleteSelected() {
        User target = editing;
        if (target == null || !Alerts.confirm(dialog, context.messages(),
                context.text("ui.users.deleteQuestion", target.name()), context.text("ui.users.delete"))) {
            return;
        }
        User actor = context.user();
        context.inBackground(dialog, () -> {
            setupUseCases.users().delete(actor, target.id());
            return null;
        }, done -> {
            startNew();
            reload(null);
        });
    }

    /** "Claire Martin — administrator". */
    private final class UserRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof User user) {
                setText(context.text("ui.users.item", user.name(), context.text("ui.role." + user.role().name())));
            }
            return this;
        }
    }
}
