package fr.missive.ui.letters;

import fr.missive.ui.common.Printers;
import fr.missive.ui.common.UiContext;
import java.awt.Component;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints letters' PDFs on a printer chosen once (see {@link Printers}): the document is read
 * and printed in the background; only the print dialog runs on the EDT.
 */
public final class LetterPrinting {

    private static final Logger LOG = Logger.getLogger(LetterPrinting.class.getName());

    private LetterPrinting() {
    }

    /** The pages as the printer gets them: each PDF page at its own size (A4), not scaled to the paper. */
    static Pageable pageable(PDDocument document) {
        return new PDFPageable(document);
    }

    /** Asks where to print one letter, then prints it in the background. */
    static void print(UiContext context, Component parent, byte[] pdf, String jobName) {
        java.util.Optional<Printers.Target> chosen;
        try {
            chosen = context.printers().choose(parent, true);
        } catch (RuntimeException noPrinter) {
            context.errors().report(parent, noPrinter);
            return;
        }
        chosen.ifPresent(target ->
                context.inBackground(parent, () -> {
                    try (PDDocument document = Loader.loadPDF(pdf)) {
                        return print(target, document, jobName);
                    }
                }, pages -> LOG.fine(() -> "Printed " + jobName + ": " + pages + " page(s)")));
    }

    /** Off the EDT: prints every page of the PDF file in one job; returns the number of pages printed. */
    public static int print(Printers.Target target, Path pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return print(target, document, jobName);
        }
    }

    private static int print(Printers.Target target, PDDocument document, String jobName) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(target.service());
        job.setJobName(jobName);
        job.setPageable(pageable(document));
        var attributes = target.attributes();
        attributes.add(new JobName(jobName, null));
        try {
            job.print(attributes);
        } catch (PrinterException e) {
            // The printer is off, unplugged, out of paper or its driver refused: a plain sentence, the
            // printing system's own words in the journal.
            LOG.log(java.util.logging.Level.WARNING, "Printing " + jobName + " failed", e);
            throw new fr.missive.model.MissiveException(fr.missive.model.UserMessage.of("ui.print.failed"), e);
        }
        return document.getNumberOfPages();
    }
}
