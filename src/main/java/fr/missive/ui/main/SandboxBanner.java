package fr.missive.ui.main;

import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.UiContext;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The band across the top of the main window in sandbox mode, in a colour nothing else in
 * Missive uses, so that nobody takes the demonstration for the real thing; its button opens
 * the demonstration mailbox.
 */
final class SandboxBanner extends JPanel {

    /** Amber, readable with black text in the light and dark themes alike. */
    private static final Color BACKGROUND = new Color(0xFFC94D);
    private static final Color TEXT = new Color(0x2B2100);

    SandboxBanner(UiContext context, Runnable openMailbox) {
        super(new MigLayout("insets 6 12 6 12, fillx", "[grow][]"));
        setName("sandboxBanner");
        setBackground(BACKGROUND);
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, BACKGROUND.darker()));
        JLabel text = new JLabel(context.text("ui.sandbox.banner"));
        text.setName("sandboxBannerText");
        // The amber says "demonstration" to the eye; the band's name says it to a screen reader.
        ReadAloud.named(this, context.text("ui.sandbox.banner"));
        text.setForeground(TEXT);
        text.setFont(text.getFont().deriveFont(Font.BOLD));
        add(text, "growx, wmin 0");
        JButton mailbox = new JButton(context.text("ui.sandbox.bannerButton"));
        mailbox.setName("sandboxBannerMailbox");
        mailbox.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        mailbox.addActionListener(e -> openMailbox.run());
        add(mailbox);
    }
}
