package fr.missive.ui.institution;

import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Dimension;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The institution's logo: a small preview, a button to choose a PNG or JPEG file and one to
 * drop the file just chosen. Whether the file really is an image is the use case's call; the
 * preview only shows what Java can decode.
 */
final class LogoField extends JPanel {

    private static final int PREVIEW = 64;

    private final UiContext context;
    private final JLabel preview = new JLabel();
    private final JButton choose;
    private final JButton remove;
    private Path chosen;

    LogoField(UiContext context) {
        super(new MigLayout("insets 0, gap 8 4", "[][]", "[][]"));
        this.context = context;
        preview.setName("institution.logoPreview");
        preview.setHorizontalAlignment(SwingConstants.CENTER);
        preview.setPreferredSize(new Dimension(PREVIEW, PREVIEW));
        preview.setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")));
        preview.putClientProperty(FlatClientProperties.STYLE, "font: -1");
        preview.setText(context.text("ui.institution.noLogo"));
        choose = Swing.button("institution.logo", context.text("ui.institution.chooseLogo"), this::chooseFile);
        remove = Swing.button("institution.logoRemove", context.text("ui.institution.removeLogo"), this::dropChosen);
        remove.setVisible(false);
        add(preview, "spany 2, top");
        add(choose, "wrap, sizegroup logo");
        add(remove, "top, sizegroup logo");
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (preview != null) {
            preview.setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")));
        }
    }

    /** The file chosen in this form, or {@code null} to keep the stored logo (or have none). */
    Path chosenFile() {
        return chosen;
    }

    JButton chooseButton() {
        return choose;
    }

    /** Shows a logo already stored, decoded off the EDT. */
    void showStored(byte[] bytes) {
        context.inBackground(this, () -> scaled(bytes), this::showPreview);
    }

    private void chooseFile() {
        FileChoosers.open(this, context.messages(), "logoChooser", context.text("ui.institution.chooseLogoTitle"),
                context.text("ui.institution.logoFilter"), "png", "jpg", "jpeg").ifPresent(file -> {
                    chosen = file;
                    remove.setVisible(true);
                    context.inBackground(this, () -> scaled(Files.readAllBytes(file)), this::showPreview);
                });
    }

    private void dropChosen() {
        chosen = null;
        remove.setVisible(false);
        showPreview(null);
    }

    private void showPreview(ImageIcon icon) {
        preview.setIcon(icon);
        preview.setText(icon == null ? context.text("ui.institution.noLogo") : null);
        preview.setToolTipText(chosen == null ? null : chosen.toString());
    }

    /** Decodes and shrinks the image to the preview's size; {@code null} when Java cannot read it. */
    private static ImageIcon scaled(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            return null;
        }
        double scale = Math.min(1.0, Math.min((double) PREVIEW / image.getWidth(), (double) PREVIEW / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return new ImageIcon(image.getScaledInstance(width, height, Image.SCALE_SMOOTH));
    }
}
