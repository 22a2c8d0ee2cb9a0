package fr.missive.ui.accounts;

import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * The administrator's confirmation before a server certificate is trusted: which host it will
 * serve (every port of it, SMTP and IMAP alike), its SHA-256 fingerprint in a read-only field
 * with a Copy button so it can be compared with the one IT staff or the provider gave, and the
 * two answers. The fingerprint is in the question, never in a button's label.
 */
public final class CertificateTrustQuestion {

    /** The characters of 16 colon-separated pairs: the first line of the fingerprint. */
    private static final int HALF = 47;

    private final UiContext context;

    public CertificateTrustQuestion(UiContext context) {
        this.context = context;
    }

    /** Asks, modally, whether to trust the certificate; true when the administrator chose to. */
    public boolean ask(Component parent, String host, CertificateFingerprint fingerprint) {
        JLabel question = new JLabel(Swing.wrapped(context.text("ui.accounts.trust.question", host), 420));
        question.setName("certificateTrustQuestion");
        // The whole fingerprint readable without scrolling, on two lines of 16 pairs, in a type
        // where 0 and O differ; Copy gives it on one line.
        String hex = fingerprint.hex();
        JTextArea shown = new JTextArea(hex.substring(0, HALF) + "\n" + hex.substring(HALF + 1), 2, HALF);
        shown.setName("certificateFingerprint");
        ReadAloud.named(shown, context.text("ui.a11y.certificateFingerprint"));
        shown.setEditable(false);
        shown.putClientProperty("FlatLaf.style", "font: $monospaced.font");
        JPanel row = new JPanel(new MigLayout("insets 0", "[grow,fill][]", "[top]"));
        row.add(shown);
        row.add(Swing.button("certificateCopy", context.text("ui.accounts.trust.copy"), () ->
                Toolkit.getDefaultToolkit().getSystemClipboard().setContents(
                        new StringSelection(fingerprint.hex()), null)));
        JLabel advice = new JLabel(Swing.wrapped(context.text("ui.accounts.trust.advice"), 420));
        JPanel message = new JPanel(new MigLayout("insets 0, wrap 1, gapy 8", "[grow,fill]"));
        message.add(question);
        message.add(row);
        message.add(advice);

        String trust = context.text("ui.accounts.trust.yes");
        String cancel = context.text("ui.button.cancel");
        JOptionPane pane = new JOptionPane(message, JOptionPane.WARNING_MESSAGE, JOptionPane.YES_NO_OPTION, null,
                new Object[] {trust, cancel}, cancel);
        pane.setName("certificateTrustDialog");
        JDialog dialog = pane.createDialog(parent, context.text("ui.accounts.trust.title"));
        dialog.setName("certificateTrustDialog");
        Swing.showCentred(dialog, parent, null);
        dialog.dispose();
        return trust.equals(pane.getValue());
    }
}
