package fr.missive.ui.contacts;

import fr.missive.app.contacts.ContactUseCases;
import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.model.contacts.Consent;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.users.User;
import fr.missive.model.ChangedMeanwhileException;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.ChangedMeanwhilePrompt;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Window;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Adds or edits one contact. The form only collects text; {@link
 * fr.missive.app.contacts.ContactService#save} checks it, and its errors come back onto the
 * fields at fault. The consent's date and source are shown as recorded, never typed.
 */
final class ContactDialog {

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final Contact existing;
    private final Consumer<Contact> onSaved;
    private final JDialog dialog;
    private final FieldErrors errors;
    private final JComboBox<Choice<ContactKind>> kind = new JComboBox<>();
    private final JTextField title = new JTextField(6);
    private final JTextField firstName = new JTextField(14);
    private final JTextField lastName = new JTextField(14);
    private final JTextField className = new JTextField();
    private final JTextField email = new JTextField();
    private final JCheckBox consent = new JCheckBox();
    private final JLabel consentInfo = new JLabel();
    private final List<JTextField> addressLines = List.of(new JTextField(), new JTextField(), new JTextField());
    private final JTextField postcode = new JTextField(6);
    private final JTextField city = new JTextField(14);
    private final JTextField country = new JTextField(14);
    private final CustomFieldsTable custom;
    private final JButton save;
    private final JButton cancel;
    private final DiscardCheck discard;
    private final BounceRow bounce;
    /** The version of the contact this form started from; null for a new contact. */
    private Long basedOn;

    /**
     * @param existing the contact to edit, {@code null} for a new one
     * @param onSaved  called on the EDT with the contact as stored
     */
    ContactDialog(UiContext context, ContactUseCases contactUseCases, Window owner, Contact existing,
            Consumer<Contact> onSaved) {
        this(context, contactUseCases, owner, existing, null, onSaved);
    }

    /**
     * Reads the contact as stored now, with its version, and opens the dialog on it ({@code
     * prepare} runs before it opens); a contact deleted meanwhile is said so, and {@code
     * onSaved} is not called.
     */
    static void openEditing(UiContext context, ContactUseCases contactUseCases, Window owner, long id,
            Consumer<Contact> onSaved, UnaryOperator<ContactDialog> prepare) {
        context.inBackground(owner, () -> contactUseCases.contacts().findForEditing(id), found -> {
            if (found.isEmpty()) {
                Alerts.error(owner, context.messages(), context.text("concurrency.deletedMeanwhile"));
                return;
            }
            prepare.apply(new ContactDialog(context, contactUseCases, owner, found.get().value(),
                    found.get().version().number(), onSaved)).open();
        });
    }

    private ContactDialog(UiContext context, ContactUseCases contactUseCases, Window owner, Contact existing,
            Long basedOn, Consumer<Contact> onSaved) {
        this.basedOn = basedOn;
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.existing = existing;
        this.onSaved = onSaved;
        this.dialog = new JDialog(owner);
        this.errors = new FieldErrors(context::messages);
        this.custom = new CustomFieldsTable(context);
        this.discard = DiscardCheck.on(dialog, context::messages);
        this.bounce = new BounceRow(context, dialog, email);
        save = Swing.button("contact.save", context.text("ui.button.save"), this::save);
        cancel = Swing.button("contact.cancel", context.text("ui.button.cancel"), discard::close);
        ContactKinds.choices(context).forEach(kind::addItem);
        consent.setText(context.text("ui.contact.consent"));
        consent.setName("contact.consent");
        consentInfo.setName("contact.consentInfo");
        consentInfo.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        build();
        if (existing != null) {
            fill(existing);
        }
    }

    private void build() {
        dialog.setName("contactDialog");
        dialog.setModal(true);
        dialog.setTitle(existing == null ? context.text("ui.contact.titleNew")
                : context.text("ui.contact.titleEdit", existing.displayName()));
        JPanel form = new JPanel(new MigLayout("insets dialog, wrap 4, fillx, hidemode 3",
                "[right][grow,fill][right][grow,fill]"));
        field(form, "ui.contact.kind", "kind", "contact.kind", kind, "");
        field(form, "ui.contact.title", "title", "contact.title", title, "growx 0");
        field(form, "ui.contact.firstName", "firstName", "contact.firstName", firstName, "");
        field(form, "ui.contact.lastName", "lastName", "contact.lastName", lastName, "");
        field(form, "ui.contact.className", "className", "contact.className", className, "span 3");
        field(form, "ui.contact.email", "email", "contact.email", email, "span 3");
        form.add(bounce.panel(), "skip 1, span 3");
        JPanel consentRow = new JPanel(new MigLayout("insets 0", "[][]"));
        consentRow.add(consent);
        consentRow.add(consentInfo, "gapleft 8");
        form.add(consentRow, "skip 1, span 3");
        form.add(section("ui.contact.address"), "span 4, growx, gaptop 10");
        field(form, "ui.contact.addressLines", "addressLines", "contact.address1", addressLines.get(0), "span 3");
        for (int i = 1; i < addressLines.size(); i++) {
            addressLines.get(i).setName("contact.address" + (i + 1));
            ReadAloud.named(addressLines.get(i), context.text("ui.a11y.addressLine", i + 1));
            form.add(addressLines.get(i), "skip 1, span 3");
        }
        field(form, "ui.contact.postcode", "postcode", "contact.postcode", postcode, "growx 0");
        field(form, "ui.contact.city", "city", "contact.city", city, "");
        field(form, "ui.contact.country", "country", "contact.country", country, "");
        form.add(new JLabel(), "span 2");
        form.add(section("ui.contact.custom"), "span 4, growx, gaptop 10");
        form.add(custom.panel(), "span 4, grow");
        if (existing != null && existing.id() != null) {
            RelativesPanel relatives = new RelativesPanel(context, contactUseCases, dialog, existing);
            form.add(section(relatives.titleKey()), "span 4, growx, gaptop 10");
            form.add(relatives.panel(), "span 4, growx");
        }
        form.add(Swing.buttonBar(save, cancel), "span 4, growx, gaptop 12");
        dialog.setContentPane(form);
        Swing.keys(dialog, save, discard::close);
    }

    private void field(JPanel form, String labelKey, String field, String name, JComponent input, String constraints) {
        form.add(Swing.label(context.text(labelKey), input));
        form.add(errors.register(field, new FieldCell(name, input)), constraints);
    }

    private JComponent section(String key) {
        return Swing.section(context.text(key));
    }

    private void fill(Contact c) {
        Swing.select(kind, c.kind());
        title.setText(c.title());
        firstName.setText(c.firstName());
        lastName.setText(c.lastName());
        className.setText(c.className());
        email.setText(c.emailAddress().map(Object::toString).orElse(""));
        consent.setSelected(c.consent().accepts());
        consentInfo.setText(describe(c.consent()));
        for (int i = 0; i < addressLines.size(); i++) {
            addressLines.get(i).setText(c.address().line(i));
        }
        postcode.setText(c.address().postcode());
        city.setText(c.address().city());
        country.setText(c.address().country());
        custom.fill(c.custom());
    }

    /** "Recorded on 3 September 2025 (import eleves.csv)". */
    private String describe(Consent c) {
        String date = c.recordedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(context.messages().locale()));
        return c.source().isBlank() ? context.text("ui.contact.consentRecorded", date)
                : context.text("ui.contact.consentRecordedFrom", date, c.source());
    }

    /**
     * Shows that the contact's address bounced, with the button that clears the mark ({@code
     * onCleared} runs on the EDT once it is cleared). Called before {@link #open()}.
     */
    ContactDialog showingBounce(fr.missive.app.returns.ReturnsService returns, fr.missive.model.returns.BounceMark mark,
                                Runnable onCleared) {
        bounce.show(returns, mark, onCleared);
        return this;
    }

    void open() {
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), existing == null ? firstName : lastName);
    }

    private ContactDraft draft() {
        return new ContactDraft(existing == null ? null : existing.id(), Swing.selected(kind), title.getText(),
                firstName.getText(), lastName.getText(), className.getText(),
                addressLines.stream().map(JTextField::getText).toList(), postcode.getText(), city.getText(),
                country.getText(), email.getText(), consent.isSelected(), custom.fields());
    }

    private void save() {
        ContactDraft draft = draft();
        User actor = context.user();
        Swing.busy(dialog, true, save, cancel);
        Long version = basedOn;
        context.background().submit(() -> version == null && draft.id() != null
                        ? contactUseCases.contacts().save(actor, draft)
                        : contactUseCases.contacts().save(actor, draft, version).value(),
                saved -> {
                    dialog.dispose();
                    onSaved.accept(saved);
                },
                this::refused);
    }

    private void refused(Throwable failure) {
        Swing.busy(dialog, false, save, cancel);
        if (ErrorReporter.unwrap(failure) instanceof ChangedMeanwhileException changed) {
            resolve(changed);
        } else {
            errors.showOrReport(dialog, failure, context.errors());
        }
    }

    /**
     * Someone saved the contact since this form was filled: the user reloads it (losing what
     * they typed) or overwrites it with what they typed; until they choose, the form keeps it.
     */
    private void resolve(ChangedMeanwhileException changed) {
        ChangedMeanwhilePrompt.Answer choice = ChangedMeanwhilePrompt.ask(dialog, context, changed);
        if (choice == ChangedMeanwhilePrompt.Answer.RELOAD) {
            Swing.busy(dialog, true, save, cancel);
            context.background().submit(() -> contactUseCases.contacts().findForEditing(existing.id()), found -> {
                Swing.busy(dialog, false, save, cancel);
                if (found.isEmpty()) {
                    Alerts.error(dialog, context.messages(), context.text("concurrency.deletedMeanwhile"));
                    return;
                }
                basedOn = found.get().version().number();
                fill(found.get().value());
            }, this::refused);
        } else if (choice == ChangedMeanwhilePrompt.Answer.OVERWRITE) {
            basedOn = changed.current().number();
            save();
        }
    }
}
