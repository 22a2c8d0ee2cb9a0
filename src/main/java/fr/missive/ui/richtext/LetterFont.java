package fr.missive.ui.richtext;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The letter's own font (Liberation Sans, the one the PDF embeds), registered once for the
 * editor, so that lines wrap on screen about where they wrap on paper; the look and feel's
 * font if it cannot be loaded.
 */
final class LetterFont {

    private static final String[] FACES = {"/liberation/LiberationSans-Regular.ttf",
        "/liberation/LiberationSans-Bold.ttf", "/liberation/LiberationSans-Italic.ttf",
        "/liberation/LiberationSans-BoldItalic.ttf"};
    private static String family;

    private LetterFont() {
    }

    static synchronized String family() {
        if (family == null) {
            family = register();
        }
        return family;
    }

    private static String register() {
        String name = Font.SANS_SERIF;
        for (String face : FACES) {
            try (InputStream in = LetterFont.class.getResourceAsStream(face)) {
                if (in == null) {
                    return name;
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                name = font.getFamily();
            } catch (IOException | FontFormatException e) {
                return Font.SANS_SERIF;
            }
        }
        return name;
    }
}
