package fr.missive.ui.compose;

import fr.missive.model.accounts.Account;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * Who a message is from: the account (the user's authorised institution account preselected,
 * else their personal one) and the signature, whose choices follow the account. Components
 * are named {@code prefix + "Account"}, {@code "Signature"}, {@code "SignatureText"}.
 */
final class SenderFields {

    private final UiContext context;
    private final JDialog dialog;
    private final JComboBox<Choice<Account>> account = new JComboBox<>();
    private final JComboBox<Choice<Signature>> signature = new JComboBox<>();
    private final JTextArea signatureText = new JTextArea(3, 60);
    private boolean loading;

    SenderFields(UiContext context, JDialog dialog, String prefix) {
        this.context = context;
        this.dialog = dialog;
        account.setName(prefix + "Account");
        account.addActionListener(e -> accountChanged());
        signature.setName(prefix + "Signature");
        signature.addActionListener(e -> signatureChosen());
        signatureText.setName(prefix + "SignatureText");
    }

    void addAccountRow(JPanel p) {
        p.add(new JLabel(context.text("ui.compose.account")));
        p.add(account, "span 2");
    }

    void addSignatureRows(JPanel p) {
        p.add(new JLabel(context.text("ui.compose.signature")));
        p.add(signature, "span 2");
        p.add(new JLabel(""));
        p.add(new JScrollPane(signatureText), "span 2");
    }

    /** Fills the accounts in the background, selects the preferred one, then its signatures. */
    void load() {
        User user = context.user();
        loading = true;
        context.inBackground(dialog, () -> new Accounts(context.services().accounts().list(user).stream()
                .filter(a -> a.usableBy(user.id())).toList(), context.services().accounts().preferredFor(user)),
                found -> {
                    found.all().forEach(a -> account.addItem(new Choice<>(a, a.name() + " <" + a.address() + ">")));
                    found.preferred().ifPresent(a -> {
                        for (int i = 0; i < account.getItemCount(); i++) {
                            if (account.getItemAt(i).value().id() == a.id()) {
                                account.setSelectedIndex(i);
                            }
                        }
                    });
                    loading = false;
                    accountChanged();
                });
    }

    private record Accounts(List<Account> all, Optional<Account> preferred) {
    }

    Account account() {
        return Swing.selected(account);
    }

    String accountName() {
        Account chosen = account();
        return chosen == null ? null : chosen.name();
    }

    Signature signature() {
        return Swing.selected(signature);
    }

    /** The signature as it stands, possibly changed for this message. */
    String signatureText() {
        return signatureText.getText();
    }

    JTextArea signatureTextArea() {
        return signatureText;
    }

    /** The signatures offered follow the account: an institution account's own come first. */
    private void accountChanged() {
        if (loading) {
            return;
        }
        Account chosen = account();
        User user = context.user();
        context.inBackground(dialog, () -> new Signatures(
                context.services().signatures().choicesFor(user, chosen),
                context.services().signatures().defaultFor(user, chosen)), choices -> {
                    loading = true;
                    signature.removeAllItems();
                    signature.addItem(new Choice<>(null, context.text("ui.compose.noSignature")));
                    choices.all().forEach(s -> signature.addItem(new Choice<>(s, s.name())));
                    loading = false;
                    choices.preferred().ifPresentOrElse(s -> {
                        for (int i = 0; i < signature.getItemCount(); i++) {
                            Signature item = signature.getItemAt(i).value();
                            if (item != null && item.id().equals(s.id())) {
                                signature.setSelectedIndex(i);
                            }
                        }
                    }, () -> signature.setSelectedIndex(0));
                    signatureChosen();
                });
    }

    private record Signatures(List<Signature> all, Optional<Signature> preferred) {
    }

    private void signatureChosen() {
        if (loading) {
            return;
        }
        Signature s = Swing.selected(signature);
        signatureText.setText(s == null ? "" : s.textForMessage());
    }
}
