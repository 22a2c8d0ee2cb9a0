package fr.missive.ui.compose;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.model.accounts.Account;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JTextArea;

/**
 * The signature of a message: the choices follow the sending account (an institution account's
 * own come first, its default chosen), and the chosen one's text goes in an editable box.
 */
public final class SignatureField {

    private final UiContext context;
    private final ComposeUseCases composeUseCases;
    private final JComboBox<Choice<Signature>> combo = new JComboBox<>();
    private final JTextArea text;
    private boolean loading;
    /** A signature to choose instead of the default at the next loading (the user's last choice); 0 for none. */
    private Long preferredOnce;

    public SignatureField(UiContext context, ComposeUseCases composeUseCases, String name, int rows) {
        this.context = context;
        this.composeUseCases = composeUseCases;
        this.text = new JTextArea(rows, 60);
        combo.setName(name);
        text.setName(name + "Text");
        combo.addActionListener(e -> chosen());
    }

    public JComboBox<Choice<Signature>> combo() {
        return combo;
    }

    public JTextArea text() {
        return text;
    }

    /** The signature chosen, or null for none. */
    public Signature selected() {
        return Swing.selected(combo);
    }

    /** Lists the signatures of the user sending from {@code account}, in the background, and inserts the default. */
    public void loadFor(Component parent, Account account) {
        loadFor(parent, account, () -> { });
    }

    /** As {@link #loadFor(Component, Account)}, then runs {@code shown} on the EDT once the text is in its box. */
    public void loadFor(Component parent, Account account, Runnable shown) {
        User user = context.user();
        context.inBackground(parent, () -> new Choices(composeUseCases.signatures().choicesFor(user, account),
                composeUseCases.signatures().defaultFor(user, account)), choices -> {
                    show(choices);
                    shown.run();
                });
    }

    private record Choices(List<Signature> all, Optional<Signature> preferred) {
    }

    /**
     * At the next loading, chooses the signature {@code id} instead of the default when it is offered;
     * {@code 0} chooses none.
     */
    public void preferOnce(Long id) {
        preferredOnce = id;
    }

    private void show(Choices choices) {
        loading = true;
        combo.removeAllItems();
        combo.addItem(new Choice<>(null, context.text("ui.compose.noSignature")));
        choices.all().forEach(s -> combo.addItem(new Choice<>(s, s.name())));
        loading = false;
        combo.setSelectedIndex(0);
        choices.preferred().ifPresent(p -> select(p.id()));
        if (preferredOnce != null) {
            if (preferredOnce == 0L) {
                combo.setSelectedIndex(0);
            } else {
                select(preferredOnce);
            }
            preferredOnce = null;
        }
        chosen();
    }

    private void select(Long id) {
        for (int i = 0; i < combo.getItemCount(); i++) {
            Signature item = combo.getItemAt(i).value();
            if (item != null && item.id().equals(id)) {
                combo.setSelectedIndex(i);
            }
        }
    }

    private void chosen() {
        if (loading) {
            return;
        }
        Signature s = selected();
        text.setText(s == null ? "" : s.textForMessage());
    }
}
