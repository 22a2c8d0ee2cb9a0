package fr.missive.ui.setup;

import fr.missive.app.setup.SetupUseCases;
import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.app.FieldError;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.users.User;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.AppIcon;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.institution.InstitutionForm;
import java.awt.CardLayout;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import net.miginfocom.swing.MigLayout;

/**
 * The first start on an empty data folder: "1. Institution" then "2. Administrator". Nothing
 * is written before Finish, and then everything at once by
 * {@link fr.missive.app.setup.FirstRunService}, so Cancel leaves the folder as it was.
 */
public final class FirstRunWizard {

    private static final String INSTITUTION_PAGE = "institution";
    private static final String ADMINISTRATOR_PAGE = "administrator";

    private final UiContext context;
    private final SetupUseCases setupUseCases;
    private final Consumer<User> onDone;
    private final Runnable onCancel;
    /** Owned by no window: its own task-bar button, and no hidden shared owner frame. */
    private final JDialog dialog = new JDialog((Window) null);
    private final InstitutionForm institution;
    private final AdministratorForm administrator;
    private final CardLayout cardLayout = new CardLayout();
    private final JPanel cards = new JPanel(cardLayout);
    private final JLabel institutionStep;
    private final JLabel administratorStep;
    private final JButton back;
    private final JButton next;
    private final JButton finish;
    private final JButton cancel;
    private final JButton trySandbox;
    /** "Join my school's shared database…", for a PC of a school already set up on a server. */
    private final JButton joinShared;
    private boolean onAdministratorPage;
    /** Asks before the institution and administrator typed are lost. */
    private final DiscardCheck discard;

    /**
     * @param onDone   called on the EDT with the administrator once everything is stored
     * @param onCancel called on the EDT when the user gives up; nothing was written
     */
    public FirstRunWizard(UiContext context, SetupUseCases setupUseCases, Consumer<User> onDone, Runnable onCancel) {
        this(context, setupUseCases, onDone, onCancel, null);
    }

    /**
     * @param onTrySandbox called on the EDT, nothing written, when the user chooses to try Missive
     *                     with demonstration data instead; null offers no such choice
     */
    public FirstRunWizard(UiContext context, SetupUseCases setupUseCases, Consumer<User> onDone, Runnable onCancel,
            Runnable onTrySandbox) {
        this(context, setupUseCases, onDone, onCancel, onTrySandbox, null);
    }

    /**
     * @param onJoined called on the EDT, the wizard closed, once this folder was pointed at the
     *                 school's shared database from "Join my school's shared database…" (the folder
     *                 must then be opened again); null offers no such choice
     */
    public FirstRunWizard(UiContext context, SetupUseCases setupUseCases, Consumer<User> onDone, Runnable onCancel,
            Runnable onTrySandbox, Runnable onJoined) {
        this.context = context;
        this.setupUseCases = setupUseCases;
        this.onDone = onDone;
        this.onCancel = onCancel;
        this.institution = new InstitutionForm(context);
        this.administrator = new AdministratorForm(context);
        institutionStep = step(context.text("ui.setup.step.institution"));
        administratorStep = step(context.text("ui.setup.step.administrator"));
        back = Swing.button("wizardBack", context.text("ui.wizard.back"), () -> showPage(false));
        next = Swing.button("wizardNext", context.text("ui.wizard.next"), () -> showPage(true));
        finish = Swing.button("wizardFinish", context.text("ui.wizard.finish"), this::finish);
        discard = DiscardCheck.on(dialog, context::messages, this::cancel);
        cancel = Swing.button("wizardCancel", context.text("ui.button.cancel"), discard::close);
        trySandbox = onTrySandbox == null ? null : Swing.button("wizardTrySandbox",
                context.text("ui.setup.trySandbox"), () -> {
                    dialog.dispose();
                    onTrySandbox.run();
                });
        joinShared = onJoined == null ? null : Swing.button("wizardJoinShared", context.text("ui.setup.joinShared"),
                () -> new JoinSharedDatabaseDialog(context, setupUseCases.sharedDatabase(), dialog, () -> {
                    dialog.dispose();
                    onJoined.run();
                }).open());
        build();
    }

    private static JLabel step(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        return label;
    }

    private void build() {
        dialog.setName("firstRunWizard");
        AppIcon.applyTo(dialog);
        dialog.setTitle(context.text("ui.setup.title"));
        dialog.setModal(false);
        JPanel institutionPage = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][grow,fill]"));
        institutionPage.add(Swing.hint(context.text("ui.setup.institutionIntro")), "gapbottom 8");
        institutionPage.add(institution.panel());
        cards.add(institutionPage, INSTITUTION_PAGE);
        cards.add(administrator.panel(), ADMINISTRATOR_PAGE);

        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][][grow,fill][][]"));
        JLabel welcome = new JLabel(context.text("ui.setup.welcome"));
        welcome.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        content.add(welcome);
        content.add(steps(), "gapbottom 8");
        content.add(cards);
        content.add(new JSeparator(), "gaptop 8");
        if (trySandbox == null && joinShared == null) {
            content.add(Swing.buttonBar(null, cancel, back, next, finish));
        } else {
            // The other ways to begin, one above the other on the left: the bar keeps its width.
            JPanel otherWays = new JPanel(new MigLayout("insets 0, gap 0 4, wrap 1", "[fill]"));
            if (joinShared != null) {
                joinShared.setToolTipText(context.text("ui.setup.joinSharedHint"));
                otherWays.add(joinShared);
            }
            if (trySandbox != null) {
                trySandbox.setToolTipText(context.text("ui.setup.trySandboxHint"));
                otherWays.add(trySandbox);
            }
            JPanel bottom = new JPanel(new MigLayout("insets 0, fillx", "[]push[]", "[bottom]"));
            bottom.add(otherWays);
            bottom.add(Swing.buttonBar(null, cancel, back, next, finish));
            content.add(bottom);
        }
        dialog.setContentPane(content);
        Swing.keys(dialog, next, discard::close);
        updateButtons();
    }

    private JComponent steps() {
        JPanel steps = new JPanel(new MigLayout("insets 0, gap 12", "[][][]"));
        steps.add(institutionStep);
        steps.add(new JLabel("›"));
        steps.add(administratorStep);
        return steps;
    }

    public void open() {
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        Swing.showCentred(dialog, null, institution.firstField());
    }

    private void showPage(boolean administratorPage) {
        onAdministratorPage = administratorPage;
        cardLayout.show(cards, administratorPage ? ADMINISTRATOR_PAGE : INSTITUTION_PAGE);
        updateButtons();
        (administratorPage ? administrator.firstField() : institution.firstField()).requestFocusInWindow();
    }

    private void updateButtons() {
        back.setEnabled(onAdministratorPage);
        next.setEnabled(!onAdministratorPage);
        finish.setEnabled(onAdministratorPage);
        dialog.getRootPane().setDefaultButton(onAdministratorPage ? finish : next);
        institutionStep.setEnabled(!onAdministratorPage);
        administratorStep.setEnabled(onAdministratorPage);
    }

    private void finish() {
        institution.errors().clear();
        administrator.errors().clear();
        var mismatch = administrator.passwordMismatch();
        if (mismatch.isPresent()) {
            administrator.errors().show(List.of(mismatch.get()));
            return;
        }
        InstitutionDraft institutionDraft = institution.draft();
        Path logo = institution.newLogo();
        UserDraft adminDraft = administrator.draft();
        setBusy(true);
        context.background().submit(
                () -> setupUseCases.firstRun().initialise(institutionDraft, logo, adminDraft),
                this::done,
                this::failed);
    }

    private void done(User admin) {
        dialog.dispose();
        onDone.accept(admin);
    }

    private void failed(Throwable failure) {
        setBusy(false);
        Throwable cause = ErrorReporter.unwrap(failure);
        InstitutionForm.fieldErrorsOf(cause).ifPresentOrElse(this::showErrors,
                () -> context.errors().report(dialog, cause));
    }

    /** Marks the fields of both pages and turns to the page of the first error. */
    private void showErrors(List<FieldError> errors) {
        List<FieldError> institutionErrors = new ArrayList<>();
        List<FieldError> administratorErrors = new ArrayList<>();
        for (FieldError error : errors) {
            (error.field().startsWith("admin.") ? administratorErrors : institutionErrors).add(error);
        }
        List<FieldError> unplaced = new ArrayList<>(institution.errors().show(institutionErrors));
        unplaced.addAll(administrator.errors().show(administratorErrors));
        boolean institutionAtFault = institution.errors().firstFieldInError().isPresent();
        boolean administratorAtFault = administrator.errors().firstFieldInError().isPresent();
        if (institutionAtFault || administratorAtFault) {
            showPage(!institutionAtFault);
        }
        (onAdministratorPage ? administrator.errors() : institution.errors()).focusFirstError();
        Swing.growToFit(dialog);
        if (!unplaced.isEmpty()) {
            Alerts.error(dialog, context.messages(), context.messages().get(unplaced.get(0).message()));
        }
    }

    private void setBusy(boolean busy) {
        Swing.busy(dialog, busy, back, finish, cancel);
        if (joinShared != null) {
            joinShared.setEnabled(!busy);
        }
        if (!busy) {
            updateButtons();
        }
    }

    private void cancel() {
        dialog.dispose();
        onCancel.run();
    }
}
