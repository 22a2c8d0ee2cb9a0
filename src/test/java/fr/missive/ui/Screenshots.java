package fr.missive.ui;

import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * Pictures of windows for a person to look at: {@link #save} what the screen shows over a window
 * (menus and tooltips included), {@link #paint} the window painted by Swing into an image (the
 * same under any window manager, but without the windows of open menus).
 */
final class Screenshots {

    private Screenshots() {
    }

    static void save(Window window, String name) throws Exception {
        Rectangle bounds = Gui.onEdt(window::getBounds);
        Gui.onEdt(() -> {
            window.toFront();
            return null;
        });
        // The window manager-less X server needs a moment to paint the window brought forward.
        Thread.sleep(400);
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name).toFile());
    }

    /** Writes the window as Swing paints it to {@code file}, creating its folder. */
    static void paint(Window window, Path file) throws Exception {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage img = new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
            window.printAll(img.getGraphics());
            image.set(img);
        });
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        ImageIO.write(image.get(), "png", file.toFile());
    }
}
