package fr.missive.ui.signatures;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.signatures.SignatureHtml;
import fr.missive.model.accounts.Account;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Window;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * Mail > My signatures: the user's signatures, or an institution account's, with new, edit,
 * delete and "set as default", and the selected one's formatted text and image previewed.
 */
public final class SignaturesDialog {

    private final UiContext context;
    private final ComposeUseCases composeUseCases;
    private final JDialog dialog;
    private final JComboBox<Choice<String>> owner = new JComboBox<>();
    private final DefaultListModel<Signature> model = new DefaultListModel<>();
    private final JList<Signature> list = new JList<>(model);
    private final JEditorPane preview = new JEditorPane("text/html", "");
    private final JLabel image = new JLabel();
    private final JButton edit;
    private final JButton delete;
    private final JButton makeDefault;

    public SignaturesDialog(UiContext context, ComposeUseCases composeUseCases, Window parent) {
        this.context = context;
        this.composeUseCases = composeUseCases;
        this.dialog = new JDialog(parent);
        edit = Swing.button("signatureEdit", context.text("ui.signatures.edit"), this::editSelected);
        delete = Swing.button("signatureDelete", context.text("ui.signatures.delete"), this::deleteSelected);
        makeDefault = Swing.button("signatureDefault", context.text("ui.signatures.makeDefault"),
                this::makeSelectedDefault);
        build();
    }

    private void build() {
        dialog.setName("signaturesDialog");
        dialog.setTitle(context.text("ui.signatures.title"));
        owner.setName("signatureOwner");
        owner.addItem(new Choice<>(null, context.text("ui.signatures.mine")));
        owner.addActionListener(e -> reload(null));
        list.setName("signatureList");
        ReadAloud.named(list, context.text("ui.a11y.signatures.list"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                          boolean focused) {
                Signature s = (Signature) value;
                String text = s.isDefault() ? context.text("ui.signatures.defaultMark", s.name()) : s.name();
                return super.getListCellRendererComponent(l, text, index, selected, focused);
            }
        });
        list.addListSelectionListener(e -> selectionChanged());
        preview.setName("signaturePreview");
        ReadAloud.named(preview, context.text("ui.a11y.signatures.preview"));
        preview.setEditable(false);
        image.setName("signatureImagePreview");
        JButton add = Swing.button("signatureNew", context.text("ui.signatures.new"), this::addNew);
        JButton close = Swing.button("signatureClose", context.text("ui.button.close"), dialog::dispose);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2", "[220!,fill][360:420:n,grow,fill]",
                "[][][grow,fill][]"));
        JLabel ownerLabel = new JLabel(context.text("ui.signatures.owner"));
        panel.add(ownerLabel, "split 2, span 2");
        ReadAloud.labelled(ownerLabel, owner);
        panel.add(owner, "growx");
        panel.add(new JLabel(context.text("ui.signatures.list")));
        panel.add(new JLabel(context.text("ui.signatures.preview")));
        panel.add(new JScrollPane(list), "h 220!");
        JPanel right = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow,fill]", "[grow,fill][]"));
        right.add(new JScrollPane(preview));
        right.add(image);
        panel.add(right);
        JPanel actions = new JPanel(new MigLayout("insets 0"));
        actions.add(add, "sizegroup a");
        actions.add(edit, "sizegroup a");
        actions.add(delete, "sizegroup a");
        actions.add(makeDefault);
        panel.add(actions, "span 2, split 2, growx");
        panel.add(Swing.buttonBar(null, close), "growx");
        dialog.setContentPane(panel);
        Swing.keys(dialog, null, dialog::dispose);
        selectionChanged();
    }

    public void open() {
        User user = context.user();
        context.inBackground(dialog, () -> composeUseCases.signatures().institutionAccounts(user), accounts -> {
            for (Account a : accounts) {
                owner.addItem(new Choice<>(a.name(), context.text("ui.signatures.ofAccount", a.name())));
            }
        });
        reload(null);
        dialog.pack();
        dialog.setModal(false);
        Swing.showCentred(dialog, dialog.getOwner(), list);
    }

    private String accountName() {
        return Swing.selected(owner);
    }

    private void reload(Long select) {
        String account = accountName();
        User user = context.user();
        context.inBackground(dialog, () -> composeUseCases.signatures().list(user, account), found -> show(found,
                select));
    }

    private void show(List<Signature> signatures, Long select) {
        Signature selected = list.getSelectedValue();
        Long keep = select != null ? select : selected == null ? null : selected.id();
        model.clear();
        signatures.forEach(model::addElement);
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).id().equals(keep)) {
                list.setSelectedIndex(i);
            }
        }
        if (list.getSelectedIndex() < 0 && !model.isEmpty()) {
            list.setSelectedIndex(0);
        }
        selectionChanged();
    }

    private void selectionChanged() {
        Signature s = list.getSelectedValue();
        edit.setEnabled(s != null);
        delete.setEnabled(s != null);
        makeDefault.setEnabled(s != null && !s.isDefault());
        preview.setText(s == null ? "" : SignatureHtml.of(s.formattedText().isBlank() ? s.plainText()
                : s.formattedText()));
        image.setIcon(s != null && s.hasImage() ? scaled(s.image()) : null);
    }

    static ImageIcon scaled(byte[] bytes) {
        ImageIcon icon = new ImageIcon(bytes);
        int height = Math.min(icon.getIconHeight(), 80);
        if (height <= 0) {
            return null;
        }
        int width = icon.getIconWidth() * height / icon.getIconHeight();
        return new ImageIcon(icon.getImage().getScaledInstance(width, height, java.awt.Image.SCALE_SMOOTH));
    }

    private void addNew() {
        new SignatureEditor(context, composeUseCases, dialog, accountName(), null, saved -> reload(saved.id())).open();
    }

    private void editSelected() {
        Signature s = list.getSelectedValue();
        if (s != null) {
            SignatureEditor.openEditing(context, composeUseCases, dialog, accountName(), s.id(),
                    saved -> reload(saved.id()));
        }
    }

    private void deleteSelected() {
        Signature s = list.getSelectedValue();
        if (s == null || !Alerts.confirm(dialog, context.messages(), context.text("ui.signatures.deleteQuestion",
                s.name()), context.text("ui.signatures.delete"))) {
            return;
        }
        User user = context.user();
        context.inBackground(dialog, () -> {
            composeUseCases.signatures().delete(user, s.id());
            return null;
        }, done -> reload(null));
    }

    private void makeSelectedDefault() {
        Signature s = list.getSelectedValue();
        if (s != null) {
            User user = context.user();
            context.inBackground(dialog, () -> {
                composeUseCases.signatures().makeDefault(user, s.id());
                return null;
            }, done -> reload(s.id()));
        }
    }
}
