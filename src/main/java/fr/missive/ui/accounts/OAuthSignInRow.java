package fr.missive.ui.accounts;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * "Sign in with Microsoft / Google" under the SMTP fields when OAuth2 is chosen: opens the
 * provider's page in the browser, waits off the EDT for the consent coming back to the loopback
 * listener, and says who is signed in. The provider is the SMTP server's (Office 365, Gmail),
 * else the only one the administrator registered.
 */
final class OAuthSignInRow {

    private final UiContext context;
    private final AccountUseCases accountUseCases;
    private final Window owner;
    private final FieldErrors errors;
    private final SmtpSettingsForm form;
    private final BooleanSupplier imapSet;
    private final Runnable relayout;
    private final JButton signIn;
    private final JLabel state = new JLabel(" ");

    OAuthSignInRow(UiContext context, AccountUseCases accountUseCases, Window owner, FieldErrors errors,
            SmtpSettingsForm form,
                   BooleanSupplier imapSet, Runnable relayout) {
        this.context = context;
        this.accountUseCases = accountUseCases;
        this.owner = owner;
        this.errors = errors;
        this.form = form;
        this.imapSet = imapSet;
        this.relayout = relayout;
        signIn = Swing.button("accountOAuthSignIn", context.text("ui.oauth.signIn.MICROSOFT"), this::signIn);
        state.setName("accountOAuthState");
    }

    void addTo(JPanel page) {
        page.add(signIn, "skip 1, split 2, growx 0");
        page.add(state);
    }

    /** Shows the row when OAuth2 is chosen and the own settings are shown; names the provider. */
    void refresh(boolean ownSettingsShown) {
        boolean shown = ownSettingsShown && form.authMethod() == AuthMethod.OAUTH2;
        signIn.setVisible(shown);
        state.setVisible(shown);
        if (shown) {
            provider().ifPresent(p -> signIn.setText(context.text("ui.oauth.signIn." + p.name())));
            String user = form.user();
            if (!user.isEmpty() && " ".equals(state.getText())) {
                OAuthAccounts oauth = accountUseCases.oauthAccounts();
                context.inBackground(owner, () -> oauth.isSignedIn(user), signedIn -> {
                    if (signedIn && " ".equals(state.getText())) {
                        state.setText(context.text("ui.oauth.signedIn", user));
                        relayout.run();
                    }
                });
            }
        }
    }

    private Optional<OAuthProvider> provider() {
        Optional<OAuthProvider> byHost = OAuthProvider.forSmtpHost(form.host());
        if (byHost.isPresent()) {
            return byHost;
        }
        List<OAuthProvider> registered = accountUseCases.oauthClients().registered();
        return registered.size() == 1 ? Optional.of(registered.get(0)) : Optional.empty();
    }

    private void signIn() {
        String user = form.user();
        if (user.isEmpty()) {
            state.setText(context.text("ui.oauth.userFirst"));
            return;
        }
        Optional<OAuthProvider> provider = provider();
        if (provider.isEmpty()) {
            state.setText(Swing.wrapped(context.text("ui.oauth.whichProvider"), 260));
            relayout.run();
            return;
        }
        boolean imap = imapSet.getAsBoolean();
        OAuthAccounts oauth = accountUseCases.oauthAccounts();
        signIn.setEnabled(false);
        state.setText(Swing.wrapped(context.text("ui.oauth.waiting"), 260));
        relayout.run();
        // The user may take minutes in the browser: the windows' own loads must not wait behind it.
        context.background().submitWaiting(() -> {
            oauth.signIn(provider.get(), user, imap, context.browser(), OAuthAccounts.SIGN_IN_LIMIT);
            return user;
        }, signedIn -> {
            signIn.setEnabled(true);
            state.setText(context.text("ui.oauth.signedIn", signedIn));
            relayout.run();
        }, failure -> {
            signIn.setEnabled(true);
            state.setText(" ");
            errors.showOrReport(owner, failure, context.errors());
        });
    }
}
