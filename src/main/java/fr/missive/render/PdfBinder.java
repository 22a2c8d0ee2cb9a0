package fr.missive.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Binds rendered letters, in the order given, into one PDF to print as a single job. Each
 * letter keeps its own embedded font subsets, so the text stays extractable.
 */
public final class PdfBinder implements AutoCloseable {

    private final PDDocument combined = new PDDocument();
    /** PDFBox copies pages lazily: the letters must stay open until the combined file is saved. */
    private final List<PDDocument> letters = new ArrayList<>();
    private final PDFMergerUtility merger = new PDFMergerUtility();

    public PdfBinder(String title, String author) {
        PDDocumentInformation info = combined.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Missive");
        info.setCreationDate(Calendar.getInstance());
    }

    /**
     * Appends the pages of one letter; with {@code startNextOnFrontSide}, a blank page follows a
     * letter of an odd number of pages, so that printed on both sides every letter starts on a
     * sheet of its own.
     */
    public void append(byte[] pdf, boolean startNextOnFrontSide) {
        try {
            PDDocument letter = Loader.loadPDF(pdf);
            letters.add(letter);
            merger.appendDocument(combined, letter);
            int pages = letter.getNumberOfPages();
            if (startNextOnFrontSide && pages % 2 == 1) {
                PDRectangle size = letter.getPage(pages - 1).getMediaBox();
                combined.addPage(new PDPage(new PDRectangle(size.getWidth(), size.getHeight())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return combined.getNumberOfPages();
    }

    public void save(Path file) throws IOException {
        combined.save(file.toFile());
    }

    @Override
    public void close() {
        for (PDDocument letter : letters) {
            closeQuietly(letter);
        }
        closeQuietly(combined);
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // nothing was written through this document; there is nothing left to save
        }
    }
}
