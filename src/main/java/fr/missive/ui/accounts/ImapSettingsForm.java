package fr.missive.ui.accounts;

import fr.missive.app.accounts.ImapDraft;
import fr.missive.model.mail.ImapSettings;
import fr.missive.model.mail.Security;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/**
 * The optional mailbox (IMAP) of an account, in the "Advanced" part of the server step: a box to
 * tick, then host, port, security, user, password and Sent folder. Unticked, the account has no
 * IMAP settings. Inputs are named {@code <prefix>.imap.host} …, errors land on {@code imap.host} ….
 */
final class ImapSettingsForm {

    private final JCheckBox enabled = new JCheckBox();
    private final JTextField host = new JTextField(22);
    private final JSpinner port = new JSpinner(new SpinnerNumberModel(993, 1, 65535, 1));
    private final JComboBox<Choice<Security>> security = new JComboBox<>();
    private final JTextField user = new JTextField(22);
    private final JPasswordField password = new JPasswordField(22);
    private final JLabel passwordHint;
    private final JTextField sentFolder = new JTextField(22);
    /** The rows shown when the box is ticked. */
    private final List<JComponent> fields = new ArrayList<>();
    private final UiContext context;
    private final FieldErrors errors;
    private final String prefix;
    private final Runnable onResize;
    private boolean hintWanted;
    /** The security mode shown before the last choice (TLS, the first offered). */
    private Security shownSecurity = Security.TLS;

    ImapSettingsForm(UiContext context, FieldErrors errors, String prefix, Runnable onResize) {
        this.context = context;
        this.errors = errors;
        this.prefix = prefix;
        this.onResize = onResize;
        for (Security s : new Security[] {Security.TLS, Security.STARTTLS, Security.NONE}) {
            security.addItem(new Choice<>(s, context.text("ui.accounts.security." + s.name())));
        }
        security.addActionListener(e -> {
            Security s = Swing.selected(security);
            // As for SMTP: a port the user chose stays when the mode changes.
            if (s != shownSecurity && (Integer) port.getValue() == ImapSettings.usualPort(shownSecurity)) {
                port.setValue(ImapSettings.usualPort(s));
            }
            shownSecurity = s;
        });
        port.setEditor(new JSpinner.NumberEditor(port, "#"));
        enabled.setName(prefix + ".imap.enabled");
        enabled.setText(context.text("ui.accounts.imap.enabled"));
        enabled.addActionListener(e -> enabledChanged());
        passwordHint = Swing.hint(context.text("ui.accounts.passwordKeepHint"));
        passwordHint.setVisible(false);
    }

    /** Adds the section and its rows to a two-column form ({@code [right][grow,fill]}, hidemode 3). */
    void addTo(JPanel form) {
        form.add(Swing.section(context.text("ui.accounts.advanced")), "span 2, growx, gaptop 8");
        form.add(enabled, "span 2, left");
        SmtpSettingsForm.FormRows rows = new SmtpSettingsForm.FormRows(context, errors, form, fields);
        rows.add("ui.accounts.imap.host", "imap.host", prefix + ".imap.host", host);
        rows.add("ui.accounts.port", "imap.port", prefix + ".imap.port", port);
        rows.add("ui.accounts.security", "imap.security", prefix + ".imap.security", security);
        rows.add("ui.accounts.imap.user", "imap.user", prefix + ".imap.user", user);
        rows.add("ui.accounts.password", "imap.password", prefix + ".imap.password", password);
        rows.addBelow(passwordHint);
        rows.add("ui.accounts.imap.sentFolder", "imap.sentFolder", prefix + ".imap.sentFolder", sentFolder);
        enabledChanged();
    }

    /** Shows an account's settings, or none; a stored password is kept when the field stays empty. */
    void fill(ImapSettings imap, boolean passwordStored) {
        enabled.setSelected(imap != null);
        if (imap != null) {
            host.setText(imap.host());
            Swing.select(security, imap.security());
            port.setValue(imap.port());
            user.setText(imap.user() == null ? "" : imap.user());
            sentFolder.setText(imap.sentFolder() == null ? "" : imap.sentFolder());
        }
        hintWanted = passwordStored;
        enabledChanged();
    }

    /** A new draft each time (the use case wipes its password): empty when the box is not ticked. */
    ImapDraft draft() {
        if (!enabled.isSelected()) {
            return new ImapDraft("", null, null, null, null, null);
        }
        char[] typed = password.getDocument().getLength() == 0 ? null : password.getPassword();
        return new ImapDraft(host.getText().strip(), (Integer) port.getValue(), Swing.selected(security),
                user.getText().strip(), typed, sentFolder.getText().strip());
    }


    void clearPassword() {
        Arrays.fill(password.getPassword(), '\0');
        password.setText("");
    }

    private void enabledChanged() {
        for (JComponent field : fields) {
            field.setVisible(enabled.isSelected() && (field != passwordHint || hintWanted));
        }
        onResize.run();
    }
}
