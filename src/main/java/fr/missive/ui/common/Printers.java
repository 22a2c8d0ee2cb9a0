package fr.missive.ui.common;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.awt.Component;
import java.awt.print.PrinterJob;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;

/**
 * Where letters are printed: the printer the user picks in the system's print dialog, or the
 * default printer. Tests give a print service that writes files instead.
 */
@FunctionalInterface
public interface Printers {

    /** A printer and the settings chosen for it (copies, pages, tray…). */
    record Target(PrintService service, PrintRequestAttributeSet attributes) {
        public Target {
            attributes = new HashPrintRequestAttributeSet(attributes == null ? new HashPrintRequestAttributeSet()
                    : attributes);
        }
    }

    /**
     * On the EDT: the printer for one print job; empty when the user cancelled the print dialog.
     *
     * @param ask show the print dialog; otherwise the default printer
     * @throws MissiveException when this computer has no printer
     */
    Optional<Target> choose(Component parent, boolean ask);

    /** The printers of this computer. */
    static Printers system() {
        return (parent, ask) -> {
            if (!ask) {
                PrintService service = PrintServiceLookup.lookupDefaultPrintService();
                if (service == null) {
                    throw new MissiveException(UserMessage.of("ui.print.noPrinter"));
                }
                return Optional.of(new Target(service, null));
            }
            PrinterJob job = PrinterJob.getPrinterJob();
            if (job.getPrintService() == null) {
                throw new MissiveException(UserMessage.of("ui.print.noPrinter"));
            }
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            return job.printDialog(attributes) ? Optional.of(new Target(job.getPrintService(), attributes))
                    : Optional.empty();
        };
    }

    /** Always {@code service}, without a dialog. */
    static Printers fixed(PrintService service) {
        return (parent, ask) -> Optional.of(new Target(service, null));
    }
}
