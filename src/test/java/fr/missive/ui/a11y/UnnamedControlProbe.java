package fr.missive.ui.a11y;

import fr.missive.ui.common.LiveLabel;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * A window with one control named by its label and one deliberately unnamed, and a status
 * line that changes a moment after it opens: run with the ATK bridge, it shows that the bus
 * test reads real names, catches a missing one, and hears a {@link LiveLabel}'s announcement.
 */
public final class UnnamedControlProbe {

    public static final String TITLE = "Missive probe";
    public static final String LABEL = "Nom :";
    public static final String ANNOUNCED = "Envoi terminé : 3 e-mails envoyés";

    private UnnamedControlProbe() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame(TITLE);
            JPanel panel = new JPanel();
            JTextField named = new JTextField(12);
            JLabel label = new JLabel(LABEL);
            label.setLabelFor(named);
            panel.add(label);
            panel.add(named);
            panel.add(new JTextField("sans nom", 12));
            panel.add(new JButton("OK"));
            LiveLabel status = new LiveLabel(LiveLabel.Urgency.STATUS, " ");
            panel.add(status);
            frame.setContentPane(panel);
            frame.pack();
            frame.setVisible(true);
            // Long enough for the reader to have started listening.
            Timer later = new Timer(6_000, e -> status.setText(ANNOUNCED));
            later.setRepeats(false);
            later.start();
        });
    }
}
