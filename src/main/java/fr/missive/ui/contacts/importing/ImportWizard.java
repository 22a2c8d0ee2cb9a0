package fr.missive.ui.contacts.importing;

import fr.missive.app.contacts.ContactUseCases;
import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.app.contacts.importing.CsvInspection;
import fr.missive.app.contacts.importing.ImportCancelledException;
import fr.missive.app.contacts.importing.ImportProgress;
import fr.missive.app.contacts.importing.ImportReport;
import fr.missive.app.contacts.importing.ImportRequest;
import fr.missive.model.MissiveException;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.CardLayout;
import java.awt.Window;
import java.nio.charset.Charset;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSeparator;
import net.miginfocom.swing.MigLayout;

/**
 * Imports a CSV file of contacts: the file, a preview read as detected (encoding and separator
 * can be changed), where each column goes, the import itself with a progress bar and Cancel,
 * then the report line by line. The engine does the reading, matching and saving off the EDT;
 * this window only collects the choices and shows the outcome.
 */
public final class ImportWizard {

    private enum Page { FILE, PREVIEW, MAPPING, RUNNING, REPORT }

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final Runnable onClosed;
    private final JDialog dialog;
    private final CardLayout cardLayout = new CardLayout();
    private final JPanel cards = new JPanel(cardLayout);
    private final JLabel title = new JLabel();
    private final FilePage filePage;
    private final PreviewPage previewPage;
    private final MappingPage mappingPage;
    private final ReportPage reportPage;
    private final JLabel phase = new JLabel();
    private final JProgressBar progress = new JProgressBar();
    private final JButton back;
    private final JButton next;
    private final JButton cancel;
    private final JButton close;
    private Page page = Page.FILE;
    private CsvInspection inspection;
    private BackgroundTasks.Job running;

    /** @param onClosed called on the EDT when the wizard closes, imported or not */
    public ImportWizard(UiContext context, ContactUseCases contactUseCases, Window owner, Runnable onClosed) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.onClosed = onClosed;
        this.dialog = new JDialog(owner);
        filePage = new FilePage(context, this::updateButtons);
        previewPage = new PreviewPage(context, this::reread);
        mappingPage = new MappingPage(context);
        reportPage = new ReportPage(context);
        back = Swing.button("importBack", context.text("ui.wizard.back"), this::back);
        next = Swing.button("importNext", context.text("ui.wizard.next"), this::next);
        cancel = Swing.button("importCancel", context.text("ui.button.cancel"), this::cancel);
        close = Swing.button("importClose", context.text("ui.button.close"), this::close);
        build();
    }

    private void build() {
        dialog.setName("importWizard");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.import.title"));
        Swing.onCloseBox(dialog, this::cancel);
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        cards.add(filePage.panel(), Page.FILE.name());
        cards.add(previewPage.panel(), Page.PREVIEW.name());
        cards.add(mappingPage.panel(), Page.MAPPING.name());
        cards.add(progressPanel(), Page.RUNNING.name());
        cards.add(reportPage.panel(), Page.REPORT.name());
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1, hidemode 3", "[grow,fill]",
                "[][grow,fill][][]"));
        content.add(title, "gapbottom 8");
        content.add(cards);
        content.add(new JSeparator(), "gaptop 8");
        content.add(Swing.buttonBar(null, cancel, back, next, close));
        dialog.setContentPane(content);
        Swing.keys(dialog, next, this::cancel);
    }

    private JPanel progressPanel() {
        progress.setName("importProgress");
        progress.setStringPainted(true);
        phase.setName("importPhase");
        JPanel panel = new JPanel(new MigLayout("insets 0, fillx, wrap 1", "[grow,fill]", "push[][]push"));
        panel.add(phase);
        panel.add(progress, "h 22!");
        return panel;
    }

    public void open() {
        showPage(Page.FILE);
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), filePage.focus());
    }

    private void showPage(Page shown) {
        page = shown;
        cardLayout.show(cards, shown.name());
        title.setText(context.text("ui.import.page." + shown.name()));
        updateButtons();
    }

    private void updateButtons() {
        boolean idle = running == null;
        back.setVisible(page != Page.REPORT);
        next.setVisible(page != Page.REPORT);
        cancel.setVisible(page != Page.REPORT);
        close.setVisible(page == Page.REPORT);
        cancel.setEnabled(idle || !running.isCancelled());
        back.setEnabled(idle && (page == Page.PREVIEW || page == Page.MAPPING));
        next.setEnabled(idle && (page != Page.FILE || filePage.hasFile()) && page != Page.RUNNING);
        next.setText(context.text(page == Page.MAPPING ? "ui.import.start" : "ui.wizard.next"));
        dialog.getRootPane().setDefaultButton(page == Page.REPORT ? close : next);
    }

    private void next() {
        switch (page) {
            case FILE -> inspect(filePage.file(), null, null);
            case PREVIEW -> showPage(Page.MAPPING);
            case MAPPING -> startImport();
            default -> { }
        }
    }

    private void back() {
        showPage(page == Page.MAPPING ? Page.PREVIEW : Page.FILE);
    }

    /** Reads the file again with the user's character set and separator. */
    private void reread(Charset charset, Character delimiter) {
        inspect(inspection.file(), charset, delimiter);
    }

    private void inspect(Path file, Charset charset, Character delimiter) {
        filePage.clearError();
        running = context.background().submit(() -> contactUseCases.csvInspector().inspect(file, charset, delimiter),
                inspected -> {
                    running = null;
                    inspection = inspected;
                    previewPage.show(inspected);
                    mappingPage.show(inspected);
                    showPage(Page.PREVIEW);
                    Swing.growToFit(dialog);
                },
                failure -> {
                    running = null;
                    Throwable cause = ErrorReporter.unwrap(failure);
                    if (cause instanceof MissiveException refused) {
                        showPage(Page.FILE);
                        filePage.showError(context.messages().get(refused.userMessage()));
                        Swing.growToFit(dialog);
                    } else {
                        updateButtons();
                        context.errors().report(dialog, cause);
                    }
                });
        updateButtons();
    }

    private void startImport() {
        ImportRequest request = new ImportRequest(inspection, mappingPage.mapping(), mappingPage.defaultKind());
        progress.setValue(0);
        progress.setIndeterminate(true);
        phase.setText(context.text("import.phase.READING"));
        ProgressRelay relay = new ProgressRelay(this::showProgress);
        showPage(Page.RUNNING);
        running = context.background().submitCancellable(
                cancelled -> contactUseCases.importer().run(request, relay, cancelled),
                this::imported,
                this::importFailed);
        updateButtons();
    }

    private void showProgress(ProgressRelay.Step step) {
        phase.setText(context.text(ImportProgress.labelKey(step.phase())));
        progress.setIndeterminate(step.total() == 0);
        progress.setMaximum(Math.max(1, step.total()));
        progress.setValue(step.done());
    }

    private void imported(ImportReport report) {
        running = null;
        reportPage.show(report);
        showPage(Page.REPORT);
        Swing.growToFit(dialog);
    }

    private void importFailed(Throwable failure) {
        running = null;
        Throwable cause = ErrorReporter.unwrap(failure);
        if (cause instanceof ImportCancelledException cancelled) {
            reportPage.showStopped(context.messages().get(cancelled.userMessage()));
            showPage(Page.REPORT);
            return;
        }
        // Nothing was saved: back to the choices, with the reason (no name column, file changed…).
        showPage(Page.MAPPING);
        context.errors().report(dialog, cause);
    }

    /** Cancel stops a running import (the engine then saves nothing), otherwise closes. */
    private void cancel() {
        if (running != null && page == Page.RUNNING) {
            running.cancel();
            updateButtons();
            phase.setText(context.text("ui.import.cancelling"));
        } else if (running == null) {
            close();
        }
    }

    private void close() {
        dialog.dispose();
        onClosed.run();
    }
}
