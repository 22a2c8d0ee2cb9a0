package fr.missive.ui.institution;

import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.FieldError;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import fr.missive.model.users.User;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The administrator's window on the institution's identity, the wizard's first page again. */
public final class InstitutionDialog {

    /** The stored identity, read off the EDT. */
    private record Stored(Optional<Institution> institution, Optional<Logo> logo) {
    }

    private final UiContext context;
    private final SetupUseCases setupUseCases;
    private final Runnable onSaved;
    private final JDialog dialog;
    private final InstitutionForm form;
    private final JButton save;
    private final JButton cancel;
    private final DiscardCheck discard;

    /** @param onSaved called on the EDT after a successful save */
    public InstitutionDialog(UiContext context, SetupUseCases setupUseCases, Window owner, Runnable onSaved) {
        this.context = context;
        this.setupUseCases = setupUseCases;
        this.onSaved = onSaved;
        this.dialog = new JDialog(owner);
        this.form = new InstitutionForm(context);
        save = Swing.button("institution.save", context.text("ui.button.save"), this::save);
        discard = DiscardCheck.on(dialog, context::messages);
        cancel = Swing.button("institution.cancel", context.text("ui.button.cancel"), discard::close);
        dialog.setName("institutionDialog");
        dialog.setModal(true);
        dialog.setTitle(context.text("ui.institution.title"));
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[grow,fill][]"));
        content.add(form.panel());
        content.add(Swing.buttonBar(save, cancel), "gaptop 12");
        dialog.setContentPane(content);
        Swing.keys(dialog, save, discard::close);
    }

    public void open() {
        Swing.busy(dialog, true, save);
        context.inBackground(dialog, () -> new Stored(setupUseCases.institution().find(),
                setupUseCases.institution().logo()), stored -> {
                    stored.institution().ifPresent(i -> form.fill(i, stored.logo().map(Logo::bytes).orElse(null)));
                    discard.unchangedNow();
                    Swing.busy(dialog, false, save);
                });
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), form.firstField());
    }

    private void save() {
        InstitutionDraft draft = form.draft();
        Path logo = form.newLogo();
        User actor = context.user();
        Swing.busy(dialog, true, save, cancel);
        context.background().submit(() -> {
            setupUseCases.institution().update(actor, draft, logo);
            return null;
        }, done -> {
            dialog.dispose();
            onSaved.run();
        }, this::refused);
    }

    private void refused(Throwable failure) {
        Swing.busy(dialog, false, save, cancel);
        Throwable cause = ErrorReporter.unwrap(failure);
        Optional<List<FieldError>> fieldErrors = InstitutionForm.fieldErrorsOf(cause);
        if (fieldErrors.isEmpty()) {
            context.errors().report(dialog, cause);
            return;
        }
        form.errors().showIn(dialog, fieldErrors.get());
    }
}
