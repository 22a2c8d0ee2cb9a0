package fr.missive.ui.institution;

import fr.missive.app.FieldError;
import fr.missive.app.ValidationException;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.model.MissiveException;
import fr.missive.model.institution.Institution;
import fr.missive.ui.common.FieldCell;
import fr.missive.ui.common.FieldErrors;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The institution's identity as a form: the first page of the first-run wizard and the body
 * of the institution window. Field names are those of {@link InstitutionDraft}, which the use
 * case reports errors with.
 */
public final class InstitutionForm {

    private final UiContext context;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 3, fillx, hidemode 3",
            "[right][90!][grow,fill]"));
    private final JTextField name = new JTextField(30);
    private final List<JTextField> addressLines = List.of(new JTextField(), new JTextField(), new JTextField());
    private final JTextField postcode = new JTextField(6);
    private final JTextField city = new JTextField();
    private final JTextField phone = new JTextField(14);
    private final JTextField senderName = new JTextField();
    private final LogoField logo;
    private final FieldErrors errors;
    /** The sender name copies the institution's name until the user types another one. */
    private boolean senderNameFollowsName = true;
    private boolean copyingName;

    public InstitutionForm(UiContext context) {
        this.context = context;
        this.errors = new FieldErrors(context::messages);
        this.logo = new LogoField(context);
        row("ui.institution.name", "name", "institution.name", name);
        addressRows();
        postcodeAndCity();
        panel.add(Swing.label(context.text("ui.institution.phone"), phone));
        panel.add(errors.register("phone", new FieldCell("institution.phone", phone)), "span 2, growx 0, wrap");
        row("ui.institution.senderName", "senderName", "institution.senderName", senderName);
        panel.add(Swing.hint(context.text("ui.institution.senderNameHint")), "skip 1, span 2");
        panel.add(Swing.label(context.text("ui.institution.logo"), logo.chooseButton()), "top, gaptop 4");
        panel.add(errors.register("logo", new FieldCell("institution.logoField", logo)), "span 2, growx 0");
        Swing.onTextChange(name, this::nameChanged);
        Swing.onTextChange(senderName, text -> {
            if (!copyingName) {
                senderNameFollowsName = text.isBlank() || text.equals(name.getText());
            }
        });
    }

    private void row(String labelKey, String field, String componentName, JTextField input) {
        panel.add(Swing.label(context.text(labelKey), input));
        panel.add(errors.register(field, new FieldCell(componentName, input)), "span 2, growx");
    }

    private void addressRows() {
        panel.add(Swing.label(context.text("ui.institution.address"), addressLines.get(0)));
        panel.add(errors.register("addressLines", new FieldCell("institution.address1", addressLines.get(0))),
                "span 2, growx");
        for (int i = 1; i < addressLines.size(); i++) {
            addressLines.get(i).setName("institution.address" + (i + 1));
            ReadAloud.named(addressLines.get(i), context.text("ui.a11y.addressLine", i + 1));
            panel.add(addressLines.get(i), "skip 1, span 2, growx");
        }
    }

    private void postcodeAndCity() {
        panel.add(Swing.label(context.text("ui.institution.postcodeCity"), postcode));
        panel.add(errors.register("postcode", new FieldCell("institution.postcode", postcode)));
        ReadAloud.named(city, context.text("ui.a11y.city"));
        panel.add(errors.register("city", new FieldCell("institution.city", city)));
    }

    private void nameChanged(String newName) {
        if (senderNameFollowsName) {
            copyingName = true;
            try {
                senderName.setText(newName);
            } finally {
                copyingName = false;
            }
        }
    }

    /**
     * The errors of this form carried by a failed save: the use case's field errors, or a
     * logo that could not be used (too large, not an image) put on the logo field.
     */
    public static Optional<List<FieldError>> fieldErrorsOf(Throwable cause) {
        if (cause instanceof ValidationException invalid) {
            return Optional.of(invalid.errors());
        }
        if (cause instanceof MissiveException refused && refused.userMessage().key().startsWith("institution.logo")) {
            return Optional.of(List.of(new FieldError("logo", refused.userMessage())));
        }
        return Optional.empty();
    }

    public JPanel panel() {
        return panel;
    }

    public FieldErrors errors() {
        return errors;
    }

    public JTextField firstField() {
        return name;
    }

    public InstitutionDraft draft() {
        return new InstitutionDraft(name.getText(), addressLines.stream().map(JTextField::getText).toList(),
                postcode.getText(), city.getText(), phone.getText(), senderName.getText());
    }

    /** The logo file chosen in this form, {@code null} to keep the stored one. */
    public Path newLogo() {
        return logo.chosenFile();
    }

    public void fill(Institution institution, byte[] storedLogo) {
        name.setText(institution.name());
        for (int i = 0; i < addressLines.size(); i++) {
            addressLines.get(i).setText(institution.address().line(i));
        }
        postcode.setText(institution.address().postcode());
        city.setText(institution.address().city());
        phone.setText(institution.phone());
        senderName.setText(institution.senderName());
        senderNameFollowsName = institution.senderName().equals(institution.name());
        if (storedLogo != null) {
            logo.showStored(storedLogo);
        }
    }
}
