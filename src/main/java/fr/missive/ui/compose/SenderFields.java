package fr.missive.ui.compose;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.model.accounts.Account;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ReadAloud;
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
    private final AccountUseCases accountUseCases;
    private final ComposeUseCases composeUseCases;
    private final JDialog dialog;
    private final JComboBox<Choice<Account>> account = new JComboBox<>();
    private final SignatureField signature;
    private boolean loading;

    SenderFields(UiContext context, AccountUseCases accountUseCases, ComposeUseCases composeUseCases,
            JDialog dialog, String prefix) {
        this.context = context;
        this.accountUseCases = accountUseCases;
        this.composeUseCases = composeUseCases;
        this.dialog = dialog;
        account.setName(prefix + "Account");
        account.addActionListener(e -> accountChanged());
        signature = new SignatureField(context, composeUseCases, prefix + "Signature", 3);
    }

    void addAccountRow(JPanel p) {
        p.add(Swing.label(context.text("ui.compose.account"), account));
        p.add(account, "span 2");
    }

    void addSignatureRows(JPanel p) {
        p.add(Swing.label(context.text("ui.compose.signature"), signature.combo()));
        p.add(signature.combo(), "span 2");
        p.add(new JLabel(""));
        p.add(new JScrollPane(ReadAloud.named(signature.text(), context.text("ui.a11y.signatureText"))), "span 2");
    }

    /**
     * Fills the accounts in the background, selects the preferred one, then its signatures;
     * {@code filled} runs on the EDT once the signature's text is in its box.
     */
    void load(Runnable filled) {
        User user = context.user();
        loading = true;
        context.inBackground(dialog, () -> new Accounts(accountUseCases.accounts().sendersFor(user),
                accountUseCases.accounts().preferredFor(user)),
                found -> {
                    found.all().forEach(a -> account.addItem(new Choice<>(a, a.name() + " <" + a.address() + ">")));
                    // Ids compared by value: Long instances above 127 are not shared.
                    found.preferred().ifPresent(a -> {
                        for (int i = 0; i < account.getItemCount(); i++) {
                            if (account.getItemAt(i).value().id().equals(a.id())) {
                                account.setSelectedIndex(i);
                            }
                        }
                    });
                    loading = false;
                    signature.loadFor(dialog, account(), filled);
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
        return signature.selected();
    }

    /** The signature as it stands, possibly changed for this message. */
    String signatureText() {
        return signature.text().getText();
    }

    JTextArea signatureTextArea() {
        return signature.text();
    }

    /** The signatures offered follow the account: an institution account's own come first. */
    private void accountChanged() {
        if (!loading) {
            signature.loadFor(dialog, account());
        }
    }
}
