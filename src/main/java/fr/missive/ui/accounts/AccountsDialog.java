package fr.missive.ui.accounts;

import fr.missive.model.accounts.Account;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.mail.SendResult;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Window;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * "My sending accounts": the accounts the signed-in user may send from (every account for an
 * administrator), with their kind and whether they are verified; add, test, delete.
 */
public final class AccountsDialog {

    private final UiContext context;
    private final JDialog dialog;
    private final DefaultListModel<Account> accounts = new DefaultListModel<>();
    private final JList<Account> list = new JList<>(accounts);
    private final JLabel state = new JLabel(" ");
    private final JButton addPersonal;
    private final JButton addInstitution;
    private final JButton verify;
    private final JButton edit;
    private final JButton test;
    private final JButton delete;
    private final JButton close;

    public AccountsDialog(UiContext context, Window owner) {
        this.context = context;
        this.dialog = new JDialog(owner);
        addPersonal = Swing.button("accountAddPersonal", context.text("ui.accounts.addPersonal"),
                () -> add(AccountKind.PERSONAL));
        addInstitution = Swing.button("accountAddInstitution", context.text("ui.accounts.addInstitution"),
                () -> add(AccountKind.INSTITUTION));
        edit = Swing.button("accountEdit", context.text("ui.accounts.edit"), this::editSelected);
        verify = Swing.button("accountVerifyOpen", context.text("ui.accounts.verifyOpen"), this::verifySelected);
        test = Swing.button("accountTestSelected", context.text("ui.accounts.testSelected"), this::testSelected);
        delete = Swing.button("accountDelete", context.text("ui.accounts.delete"), this::deleteSelected);
        close = Swing.button("accountsClose", context.text("ui.button.close"), dialog::dispose);
        build();
    }

    private void build() {
        dialog.setName("accountsDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.accounts.title"));
        list.setName("accountsList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new AccountRenderer());
        list.addListSelectionListener(e -> selectionChanged());
        state.setName("accountsState");
        addInstitution.setVisible(context.user().isAdmin());
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 2, hidemode 3", "[grow,fill][fill]",
                "[][][][][][grow][]"));
        content.add(new JScrollPane(list), "spany 6, w 380:420, h 220:260, grow");
        content.add(addPersonal);
        content.add(addInstitution);
        content.add(edit);
        content.add(test);
        content.add(verify);
        content.add(delete, "top");
        content.add(state, "span 2");
        content.add(Swing.buttonBar(null, close), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, close, dialog::dispose);
        selectionChanged();
    }

    public void open() {
        reload(null);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), list);
    }

    private void reload(String selectName) {
        User actor = context.user();
        context.inBackground(dialog, () -> context.services().accounts().list(actor), all -> {
            accounts.clear();
            all.forEach(accounts::addElement);
            if (selectName != null) {
                all.stream().filter(a -> a.name().equals(selectName)).findFirst()
                        .ifPresent(a -> list.setSelectedValue(a, true));
            }
            selectionChanged();
        });
    }

    private void selectionChanged() {
        Account selected = list.getSelectedValue();
        boolean admin = context.user().isAdmin();
        test.setEnabled(selected != null);
        edit.setEnabled(selected != null && (admin || !selected.isInstitution()));
        delete.setEnabled(selected != null && (admin || !selected.isInstitution()));
        verify.setEnabled(selected != null && admin && selected.isInstitution() && !selected.verified());
    }

    private void add(AccountKind kind) {
        new AccountWizard(context, dialog, kind, saved -> {
            reload(saved.name());
            if (saved.isInstitution() && !saved.verified()) {
                new AccountVerificationDialog(context, dialog, saved, verified -> reload(verified.name())).open();
            }
        }).open();
    }

    private void editSelected() {
        Account selected = list.getSelectedValue();
        if (selected != null) {
            new AccountWizard(context, dialog, selected, saved -> reload(saved.name())).open();
        }
    }

    private void verifySelected() {
        Account selected = list.getSelectedValue();
        if (selected != null) {
            new AccountVerificationDialog(context, dialog, selected, verified -> reload(verified.name())).open();
        }
    }

    private void testSelected() {
        Account selected = list.getSelectedValue();
        if (selected == null) {
            return;
        }
        User actor = context.user();
        state.setText(context.text("ui.accounts.testing"));
        Swing.busy(dialog, true, test, delete, addPersonal, addInstitution);
        context.background().submit(
                () -> context.services().testSending().start(actor, selected.name(), null, context.messages()).run(),
                outcome -> {
                    Swing.busy(dialog, false, test, delete, addPersonal, addInstitution);
                    selectionChanged();
                    state.setText(Swing.wrapped(outcome instanceof SendResult.Failed failed
                            ? context.messages().get(failed.diagnosis().message())
                            : context.text("ui.accounts.testSent", selected.address().toString()), 520));
                    Swing.growToFit(dialog);
                },
                failure -> {
                    Swing.busy(dialog, false, test, delete, addPersonal, addInstitution);
                    selectionChanged();
                    state.setText(" ");
                    context.errors().report(dialog, failure);
                });
    }

    private void deleteSelected() {
        Account selected = list.getSelectedValue();
        if (selected == null || !Alerts.confirm(dialog, context.messages(),
                context.text("ui.accounts.deleteQuestion", selected.name()), context.text("ui.accounts.delete"))) {
            return;
        }
        User actor = context.user();
        context.inBackground(dialog, () -> {
            context.services().accounts().delete(actor, selected.name());
            return List.of();
        }, done -> reload(null));
    }

    /** "Secrétariat <secretariat@…> – institution account – verified". */
    private final class AccountRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof Account account) {
                setText(context.text("ui.accounts.item", account.name(), account.address().toString(),
                        context.text("ui.accounts.kind." + account.kind().name()),
                        context.text(account.verified() ? "ui.accounts.verified" : "ui.accounts.notVerified")));
            }
            return this;
        }
    }
}
