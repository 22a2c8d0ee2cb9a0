package fr.missive.ui.letters;

import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.print.Pageable;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a letter's PDF through the system print dialog. The document is read and printed
 * in the background; only the dialog runs on the EDT.
 */
final class LetterPrinting {

    private static final Logger LOG = Logger.getLogger(LetterPrinting.class.getName());

    private LetterPrinting() {
    }

    /** The pages as the printer gets them: each PDF page at its own size (A4), not scaled to the paper. */
    static Pageable pageable(PDDocument document) {
        return new PDFPageable(document);
    }

    static void print(UiContext context, Component parent, byte[] pdf, String jobName) {
        context.inBackground(parent, () -> Loader.loadPDF(pdf), document -> {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(pageable(document));
            if (!job.printDialog()) {
                close(document);
                return;
            }
            context.inBackground(parent, () -> {
                try (document) {
                    job.print();
                }
                return jobName;
            }, printed -> LOG.fine(() -> "Printed " + printed));
        });
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a document held in memory", e);
        }
    }
}
