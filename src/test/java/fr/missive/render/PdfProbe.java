package fr.missive.render;

import fr.missive.model.letters.LetterContent;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered letter back: its text, page by page, by area, and each glyph's position. */
public final class PdfProbe {

    /** One glyph as PDFBox extracted it. */
    record Glyph(int page, String text, float x, float y, float width, String font) {
    }

    private PdfProbe() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text of a PDF, as PDFBox extracts it (used by tests of every layer that read letters back). */
    public static String text(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageText(byte[] pdf, int page) {
        try (PDDocument document = open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text inside a rectangle of the first page, in millimetres from its top-left corner. */
    static String textInArea(byte[] pdf, float leftMm, float topMm, float widthMm, float heightMm) {
        try (PDDocument document = open(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("area", new Rectangle2D.Float(LetterLayout.pt(leftMm), LetterLayout.pt(topMm),
                    LetterLayout.pt(widthMm), LetterLayout.pt(heightMm)));
            stripper.extractRegions(document.getPage(0));
            return stripper.getTextForRegion("area");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(),
                            text.getYDirAdj(), text.getWidthDirAdj(), text.getFont().getName()));
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of each letter rendered {@code rounds} times on four threads at once, in the order
     * of the letters, round after round.
     */
    static List<String> textsRenderedOnFourThreads(LetterRenderer renderer, List<LetterContent> letters, int rounds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (LetterContent letter : letters) {
                    futures.add(pool.submit(() -> text(renderer.render(letter))));
                }
            }
            List<String> texts = new ArrayList<>();
            for (Future<String> future : futures) {
                texts.add(future.get());
            }
            return texts;
        } finally {
            pool.shutdownNow();
        }
    }
}
