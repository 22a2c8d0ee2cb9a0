package fr.missive.ui.accounts;

import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.oauth.OAuthClients;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.util.Arrays;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Configuration > OAuth2 sign-in: the administrator enters the application the school registered
 * with Microsoft Entra ID (client ID, tenant) and with Google Cloud (client ID, and the client
 * secret of a desktop client, kept in the secret store; left empty, the stored one stays).
 */
public final class OAuthClientsDialog {

    private final UiContext context;
    private final AccountUseCases accountUseCases;
    private final JDialog dialog;
    /** Asks before what was typed is lost. */
    private final DiscardCheck discard;
    private final FieldErrors errors;
    private final JTextField microsoftId = new JTextField(30);
    private final JTextField tenant = new JTextField(30);
    private final JTextField googleId = new JTextField(30);
    private final JPasswordField googleSecret = new JPasswordField(30);
    private final JLabel state = new JLabel(" ");
    private final JButton save;
    private final JButton close;

    public OAuthClientsDialog(UiContext context, AccountUseCases accountUseCases, Window owner) {
        this.context = context;
        this.accountUseCases = accountUseCases;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages);
        this.errors = new FieldErrors(context::messages);
        save = Swing.button("oauthClientsSave", context.text("ui.button.save"), this::store);
        close = Swing.button("oauthClientsClose", context.text("ui.button.close"), discard::close);
        dialog.setName("oauthClientsDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.oauthClients.title"));
        state.setName("oauthClientsState");
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 2, fillx, hidemode 3", "[right][grow,fill]"));
        content.add(new JLabel(Swing.wrapped(context.text("ui.oauthClients.intro"), 460)), "span 2, left, gapbottom 8");
        SmtpSettingsForm.FormRows rows = new SmtpSettingsForm.FormRows(context, errors, content);
        content.add(Swing.section(context.text("ui.oauthClients.microsoft")), "span 2, growx");
        rows.add("ui.oauthClients.clientId", "microsoftClientId", "oauthClients.microsoftId", microsoftId);
        rows.add("ui.oauthClients.tenant", "tenant", "oauthClients.tenant", tenant);
        content.add(Swing.wrappedHint(context.text("ui.oauthClients.tenantHint"), 320), "skip 1");
        content.add(Swing.section(context.text("ui.oauthClients.google")), "span 2, growx, gaptop 8");
        rows.add("ui.oauthClients.clientId", "googleClientId", "oauthClients.googleId", googleId);
        rows.add("ui.oauthClients.clientSecret", "googleClientSecret", "oauthClients.googleSecret", googleSecret);
        content.add(Swing.wrappedHint(context.text("ui.oauthClients.secretHint"), 320), "skip 1");
        content.add(state, "span 2, left");
        content.add(Swing.buttonBar(save, close), "span 2, growx, gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, save, discard::close);
    }

    private record Registered(Optional<OAuthClientConfig> microsoft, Optional<OAuthClientConfig> google) {
    }

    public void open() {
        OAuthClients clients = accountUseCases.oauthClients();
        context.inBackground(dialog, () -> new Registered(clients.find(OAuthProvider.MICROSOFT),
                clients.find(OAuthProvider.GOOGLE)), found -> {
                    found.microsoft().ifPresent(c -> {
                        microsoftId.setText(c.clientId());
                        tenant.setText(c.tenant() == null ? "" : c.tenant());
                    });
                    found.google().ifPresent(c -> googleId.setText(c.clientId()));
                    discard.unchangedNow();
                });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), microsoftId);
    }

    private void store() {
        errors.clear();
        String msId = microsoftId.getText().strip();
        String msTenant = tenant.getText().strip();
        String gId = googleId.getText().strip();
        char[] typedSecret = googleSecret.getPassword();
        OAuthClients clients = accountUseCases.oauthClients();
        Swing.busy(dialog, true, save, close);
        context.background().submit(() -> {
            if (!msId.isEmpty()) {
                clients.save(OAuthProvider.MICROSOFT, msId, msTenant, null);
            }
            if (!gId.isEmpty()) {
                String secret = typedSecret.length == 0 ? null : new String(typedSecret);
                if (secret == null && clients.hasClientSecret(OAuthProvider.GOOGLE)) {
                    clients.saveKeepingSecret(OAuthProvider.GOOGLE, gId, null);
                } else {
                    clients.save(OAuthProvider.GOOGLE, gId, null, secret);
                }
            }
            Arrays.fill(typedSecret, '\0');
            return Boolean.TRUE;
        }, done -> {
            Swing.busy(dialog, false, save, close);
            googleSecret.setText("");
            discard.unchangedNow();
            state.setText(context.text("ui.oauthClients.saved"));
        }, failure -> {
            Swing.busy(dialog, false, save, close);
            errors.showOrReport(dialog, failure, context.errors());
        });
    }
}
