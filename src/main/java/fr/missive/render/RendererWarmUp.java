package fr.missive.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Gets the renderer ready on a thread of its own while the command that will use it opens the
 * database: the four faces parsed ({@link LetterFonts}), the Markdown parser built, and PDFBox's
 * classes for a page of text, a font subset and a saved file loaded, by writing one throw-away
 * page. About 0.3 s of a cold {@code letter render} that otherwise comes after the database is
 * open, paid instead on the core the database leaves idle.
 */
public final class RendererWarmUp {

    private RendererWarmUp() {
    }

    /** Starts the warm-up and returns at once; calling it again starts another. */
    public static void startInBackground() {
        Thread thread = new Thread(RendererWarmUp::run, "missive-render-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    /** Loads what the first letter would load; the page written is thrown away. */
    static void run() {
        MarkdownBlocks.parse("**Objet** *absence*\n\n- un\n- deux");
        try (PDDocument document = new PDDocument()) {
            LetterFonts fonts = new LetterFonts(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                for (Style style : Style.values()) {
                    content.setFont(fonts.font(style), MarkdownBlocks.BODY_SIZE);
                    content.showText("Missive é");
                }
                content.endText();
            }
            document.save(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // Nothing is lost: the letters read the same fonts and report what fails.
            throw new UncheckedIOException(e);
        }
    }
}
