package fr.missive.ui.main;

import fr.missive.app.outbox.OutboxUseCases;
import fr.missive.app.outbox.SignInAgain;
import fr.missive.model.users.User;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.LiveLabel;
import fr.missive.ui.common.UiContext;
import java.awt.Color;
import java.awt.Window;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The band at the top of the main window when an OAuth2 account of the user must sign in again
 * (its provider refused the refresh token): its messages wait in the outbox, and "Sign in again"
 * opens the browser as the account wizard does, then sends them at once. Hidden otherwise.
 */
final class SignInBanner extends JPanel {

    private final UiContext context;
    private final OutboxUseCases outboxUseCases;
    private final Window owner;
    private final Runnable afterSignIn;
    /** An alert: a screen reader says it when it appears, not only the coloured band. */
    private final JLabel text = new LiveLabel(LiveLabel.Urgency.ALERT);
    private final JButton signIn;
    private SignInAgain.Waiting shown;
    private boolean signingIn;

    /** @param afterSignIn run once an account signed in (to look again at what waits) */
    SignInBanner(UiContext context, OutboxUseCases outboxUseCases, Window owner, Runnable afterSignIn) {
        super(new MigLayout("insets 6 10 6 10, fillx", "[grow,fill][]"));
        this.context = context;
        this.outboxUseCases = outboxUseCases;
        this.owner = owner;
        this.afterSignIn = afterSignIn;
        setName("signInBanner");
        text.setName("signInBannerText");
        signIn = Swing.button("signInAgain", context.text("ui.signInAgain.button"), this::signIn);
        add(text);
        add(signIn);
        setVisible(false);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        Color warning = UIManager.getColor("Actions.Yellow");
        setBackground(warning == null ? new Color(0xFFF4CE) : blend(warning, UIManager.getColor("Panel.background")));
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Component.borderColor")));
    }

    private static Color blend(Color a, Color b) {
        if (b == null) {
            return a;
        }
        return new Color((a.getRed() + 3 * b.getRed()) / 4, (a.getGreen() + 3 * b.getGreen()) / 4,
                (a.getBlue() + 3 * b.getBlue()) / 4);
    }

    /** Shows the first account waiting (the others once it is signed in), or hides the band. */
    void show(List<SignInAgain.Waiting> waiting) {
        if (signingIn) {
            return;
        }
        shown = waiting.isEmpty() ? null : waiting.get(0);
        setVisible(shown != null);
        if (shown != null) {
            text.setText(context.text("ui.signInAgain.banner", shown.accountName(), shown.address(),
                    shown.messages()));
        }
        revalidate();
    }

    private void signIn() {
        SignInAgain.Waiting account = shown;
        if (account == null) {
            return;
        }
        User user = context.user();
        signingIn = true;
        signIn.setEnabled(false);
        text.setText(context.text("ui.signInAgain.waiting", account.address()));
        // The user may take minutes in the browser: the windows' own loads must not wait behind it.
        context.background().submitWaiting(() -> outboxUseCases.signInAgain().signIn(user, account, context.browser()),
                released -> done(), failure -> {
                    done();
                    context.errors().report(owner, failure);
                });
    }

    private void done() {
        signingIn = false;
        signIn.setEnabled(true);
        afterSignIn.run();
    }
}
