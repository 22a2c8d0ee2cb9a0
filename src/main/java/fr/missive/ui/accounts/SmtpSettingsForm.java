package fr.missive.ui.accounts;

import fr.missive.app.accounts.SmtpDraft;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.Security;
import fr.missive.model.mail.SmtpSettings;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.FieldCell;
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
 * The SMTP server fields, the same wherever a server is set up (an account, this PC, a dispatching
 * profile): host, port, security, authentication, user, password, server timeout and the
 * administrator's exception for a password in clear. Inputs are named {@code <prefix>.host} … and
 * registered under the field names the use cases report errors with ({@code host}, {@code port} …).
 * The certificate an administrator chose to trust after a failed test travels with the settings.
 */
public final class SmtpSettingsForm {

    private final JTextField host = new JTextField(22);
    private final JSpinner port = new JSpinner(new SpinnerNumberModel(587, 1, 65535, 1));
    private final JComboBox<Choice<Security>> security = new JComboBox<>();
    private final JComboBox<Choice<AuthMethod>> auth = new JComboBox<>();
    private final JTextField user = new JTextField(22);
    private final JPasswordField password = new JPasswordField(22);
    private final JLabel passwordHint;
    private final JSpinner timeout = new JSpinner(new SpinnerNumberModel(
            (int) SmtpSettings.DEFAULT_TIMEOUT.toSeconds(), (int) SmtpSettings.MIN_TIMEOUT.toSeconds(),
            (int) SmtpSettings.MAX_TIMEOUT.toSeconds(), 5));
    private final JCheckBox allowPlain = new JCheckBox();
    private final UiContext context;
    private final FieldErrors errors;
    private final String prefix;
    /** Every label, input and hint this form put into its host form, to show or hide them together. */
    private final List<JComponent> parts = new ArrayList<>();
    /** The certificate fingerprint to pin, once an administrator chose to trust it. */
    private String pinned;
    private boolean hintWanted;
    /** The security mode shown before the last choice, whose usual port tells a chosen port apart. */
    private Security shownSecurity = Security.STARTTLS;
    private final List<Runnable> authListeners = new ArrayList<>();

    public SmtpSettingsForm(UiContext context, FieldErrors errors, String prefix) {
        this.context = context;
        this.errors = errors;
        this.prefix = prefix;
        for (Security s : Security.values()) {
            security.addItem(new Choice<>(s, context.text("ui.accounts.security." + s.name())));
        }
        auth.addItem(new Choice<>(AuthMethod.PASSWORD, context.text("ui.accounts.auth.PASSWORD")));
        auth.addItem(new Choice<>(AuthMethod.OAUTH2, context.text("ui.accounts.auth.OAUTH2")));
        auth.addItem(new Choice<>(AuthMethod.NONE, context.text("ui.accounts.auth.NONE")));
        Swing.select(security, Security.STARTTLS);
        security.addActionListener(e -> {
            Security s = Swing.selected(security);
            // A port the user chose (2465, 10025…) stays: only the old mode's usual port follows the mode.
            if (s != null && s != shownSecurity && (shownSecurity == null
                    || (Integer) port.getValue() == shownSecurity.usualPort())) {
                port.setValue(s.usualPort());
            }
            shownSecurity = s;
        });
        auth.addActionListener(e -> authChanged());
        port.setEditor(new JSpinner.NumberEditor(port, "#"));
        // Wrapped: its sentence would otherwise set the width of every form it is in.
        allowPlain.setText(Swing.wrapped(context.text("ui.accounts.allowPlainPassword"), 300));
        allowPlain.setVisible(context.user().isAdmin());
        passwordHint = Swing.hint(context.text("ui.accounts.passwordKeepHint"));
        passwordHint.setName(prefix + ".passwordHint");
        passwordHint.setVisible(false);
    }

    /**
     * Adds the rows to a two-column form ({@code [right][grow,fill]}, hidemode 3), so their labels
     * line up with the form's other labels.
     */
    public void addTo(JPanel form) {
        FormRows rows = new FormRows(context, errors, form, parts);
        rows.add("ui.accounts.host", "host", prefix + ".host", host);
        rows.add("ui.accounts.port", "port", prefix + ".port", port);
        rows.add("ui.accounts.security", "security", prefix + ".security", security);
        rows.add("ui.accounts.auth", "auth", prefix + ".auth", auth);
        rows.add("ui.accounts.user", "user", prefix + ".user", user);
        rows.add("ui.accounts.password", "password", prefix + ".password", password);
        rows.addBelow(passwordHint);
        rows.add("ui.accounts.timeout", "timeout", prefix + ".timeout", timeout);
        FieldCell allowPlainCell = errors.register("allowPlainPassword", new FieldCell(prefix + ".allowPlain", allowPlain));
        if (context.user().isAdmin()) {
            // The exception is the administrator's to make: nobody else sees it.
            rows.addBelow(allowPlainCell);
        }
    }

    /** Shows or hides every row (the password hint and the administrator's box keep their own state). */
    public void setVisible(boolean visible) {
        for (JComponent part : parts) {
            part.setVisible(visible && (part != passwordHint || hintWanted));
        }
    }

    /** Shows the settings; the password, and the user when the settings name none, are left as they are. */
    public void fill(SmtpSettings smtp) {
        host.setText(smtp.host());
        Swing.select(security, smtp.security());
        port.setValue(smtp.port());
        Swing.select(auth, smtp.auth());
        if (smtp.user() != null) {
            user.setText(smtp.user());
        }
        timeout.setValue((int) smtp.timeout().toSeconds());
        allowPlain.setSelected(smtp.allowPlainPassword());
        pinned = smtp.pinnedCertificate() == null ? null : smtp.pinnedCertificate().hex();
    }

    /** Empties every field, for a new server. */
    public void clear() {
        host.setText("");
        Swing.select(security, Security.STARTTLS);
        Swing.select(auth, AuthMethod.PASSWORD);
        user.setText("");
        clearPassword();
        timeout.setValue((int) SmtpSettings.DEFAULT_TIMEOUT.toSeconds());
        allowPlain.setSelected(false);
        pinned = null;
        showPasswordKept(false);
    }

    /** Says under the password that leaving it empty keeps the stored one. */
    public void showPasswordKept(boolean stored) {
        hintWanted = stored;
        passwordHint.setVisible(stored && host.isVisible());
    }

    /**
     * A new draft each time: the use case wipes the password it is given, the form keeps its own.
     *
     * @param emptyKeepsStored an empty password keeps the stored one (null in the draft)
     */
    public SmtpDraft draft(boolean emptyKeepsStored) {
        boolean signIn = Swing.selected(auth) == AuthMethod.PASSWORD;
        boolean oauth2 = Swing.selected(auth) == AuthMethod.OAUTH2;
        boolean keep = emptyKeepsStored && password.getDocument().getLength() == 0;
        return new SmtpDraft(host.getText().strip(), (Integer) port.getValue(), Swing.selected(security),
                signIn || oauth2 ? user.getText().strip() : null, signIn && !keep ? password.getPassword() : null,
                (Integer) timeout.getValue(), allowPlain.isSelected(), pinned, oauth2);
    }

    public boolean userIsBlank() {
        return user.getText().isBlank();
    }

    public void setUser(String name) {
        user.setText(name);
    }

    public void clearPassword() {
        Arrays.fill(password.getPassword(), '\0');
        password.setText("");
    }

    private void authChanged() {
        AuthMethod method = Swing.selected(auth);
        user.setEnabled(method != AuthMethod.NONE);
        password.setEnabled(method == AuthMethod.PASSWORD);
        for (Runnable listener : authListeners) {
            listener.run();
        }
    }

    /** Called on the EDT when the authentication method changes. */
    public void onAuthChanged(Runnable listener) {
        authListeners.add(listener);
    }

    public AuthMethod authMethod() {
        return Swing.selected(auth);
    }

    public String host() {
        return host.getText().strip();
    }

    public String user() {
        return user.getText().strip();
    }

    /** A label and an input with its error place, as one row of a two-column form. */
    static final class FormRows {
        private final UiContext context;
        private final FieldErrors errors;
        private final JPanel form;
        /** Collects what is added, for whoever shows and hides it; may be null. */
        private final List<JComponent> added;

        FormRows(UiContext context, FieldErrors errors, JPanel form) {
            this(context, errors, form, null);
        }

        FormRows(UiContext context, FieldErrors errors, JPanel form, List<JComponent> added) {
            this.context = context;
            this.errors = errors;
            this.form = form;
            this.added = added;
        }

        JLabel add(String labelKey, String field, String componentName, JComponent input) {
            JLabel label = Swing.label(context.text(labelKey), input);
            FieldCell cell = errors.register(field, new FieldCell(componentName, input));
            form.add(label);
            form.add(cell);
            remember(label);
            remember(cell);
            return label;
        }

        /** A component in the input column, under the row before. */
        void addBelow(JComponent component) {
            form.add(component, "skip 1");
            remember(component);
        }

        private void remember(JComponent component) {
            if (added != null) {
                added.add(component);
            }
        }
    }
}
