package fr.missive.ui;

import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Saves what a window shows as a PNG under target/screenshots, for a person to look at. */
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
}
