package fr.missive.ui.signatures;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.signatures.SignatureDraft;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import fr.missive.model.ChangedMeanwhileException;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.ChangedMeanwhilePrompt;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.richtext.FormatBar;
import fr.missive.ui.richtext.RichTextEditor;
import fr.missive.model.letters.MergeField;
import java.awt.BorderLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JTextPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * One signature's form: name, plain text (the text/plain part of the e-mails), formatted text in
 * the letters' word-processor editor (shown as the HTML part will show it), image, default.
 */
final class SignatureEditor {

    private final UiContext context;
    private final ComposeUseCases composeUseCases;
    private final JDialog dialog;
    private final String accountName;
    private final Signature editing;
    private final Consumer<Signature> onSaved;
    private final JTextField name = new JTextField(28);
    private final JTextArea plain = new JTextArea(4, 40);
    /** Fields are merged into a signature when it is sent, so the ones it holds show as placeholders. */
    private final RichTextEditor formattedEditor = RichTextEditor.forMail(this::label, MergeField.names()::contains,
            this::choices);
    private final JTextPane formatted = formattedEditor.textPane();
    private final JLabel imageLabel = new JLabel();
    private final JCheckBox makeDefault = new JCheckBox();
    private byte[] image;
    private String imageType;
    /** The version of the signature this form started from; null for a new one. */
    private Long basedOn;
    private JButton save;
    private JButton cancel;

    SignatureEditor(UiContext context, ComposeUseCases composeUseCases, Window owner, String accountName,
            Signature editing,
                    Consumer<Signature> onSaved) {
        this.context = context;
        this.composeUseCases = composeUseCases;
        this.dialog = new JDialog(owner);
        this.accountName = accountName;
        this.editing = editing;
        this.onSaved = onSaved;
        build();
    }

    /**
     * Reads the signature as stored now, with its version, and opens the editor on it; one
     * deleted meanwhile is said so.
     */
    static void openEditing(UiContext context, ComposeUseCases composeUseCases, Window owner, String accountName,
            long id, Consumer<Signature> onSaved) {
        User user = context.user();
        context.inBackground(owner, () -> composeUseCases.signatures().findForEditing(user, id), found -> {
            if (found.isEmpty()) {
                Alerts.error(owner, context.messages(), context.text("concurrency.deletedMeanwhile"));
                return;
            }
            SignatureEditor editor = new SignatureEditor(context, composeUseCases, owner, accountName,
                    found.get().value(), onSaved);
            editor.basedOn = found.get().version().number();
            editor.open();
        });
    }

    private void build() {
        dialog.setName("signatureEditor");
        dialog.setTitle(context.text(editing == null ? "ui.signatures.newTitle" : "ui.signatures.editTitle"));
        dialog.setModal(true);
        name.setName("signatureName");
        plain.setName("signaturePlain");
        formatted.setName("signatureFormatted");
        makeDefault.setName("signatureMakeDefault");
        makeDefault.setText(context.text("ui.signatures.isDefault"));
        imageLabel.setName("signatureImageName");
        if (editing != null) {
            fill(editing);
        }
        JButton chooseImage = Swing.button("signatureImageChoose", context.text("ui.signatures.chooseImage"),
                this::chooseImage);
        JButton removeImage = Swing.button("signatureImageRemove", context.text("ui.signatures.removeImage"), () -> {
            image = null;
            imageType = null;
            showImage();
        });
        save = Swing.button("signatureSave", context.text("ui.button.save"), this::save);
        DiscardCheck discard = DiscardCheck.on(dialog, context::messages);
        cancel = Swing.button("signatureCancel", context.text("ui.button.cancel"), discard::close);
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        panel.add(Swing.label(context.text("ui.signatures.name"), name));
        panel.add(name);
        panel.add(Swing.label(context.text("ui.signatures.plain"), plain), "top");
        panel.add(new JScrollPane(plain));
        panel.add(Swing.label(context.text("ui.signatures.formatted"), formatted), "top");
        JPanel formattedCell = new JPanel(new BorderLayout());
        formattedCell.add(FormatBar.of(formattedEditor, "signatureFormatted", context::text), BorderLayout.NORTH);
        // Room for a name, a function and an address, as the former text area and its preview had.
        formattedEditor.component().setPreferredSize(new JScrollPane(new JTextArea(6, 40)).getPreferredSize());
        formattedCell.add(formattedEditor.component(), BorderLayout.CENTER);
        panel.add(formattedCell);
        panel.add(new JLabel(""));
        panel.add(Swing.hint(context.text("ui.richtext.signatureHint")));
        panel.add(new JLabel(context.text("ui.signatures.image")));
        panel.add(imageLabel, "split 3, growx");
        panel.add(chooseImage);
        panel.add(removeImage);
        panel.add(makeDefault, "skip 1");
        panel.add(Swing.buttonBar(save, cancel), "span 2, growx, gaptop 12");
        dialog.setContentPane(panel);
        Swing.keys(dialog, null, discard::close);
        showImage();
    }

    private void fill(Signature signature) {
        name.setText(signature.name());
        plain.setText(signature.plainText());
        formattedEditor.setMailText(signature.formattedText());
        makeDefault.setSelected(signature.isDefault());
        image = signature.image();
        imageType = signature.imageType();
    }

    void open() {
        dialog.pack();
        Swing.showCentred(dialog, dialog.getOwner(), name);
    }

    private void showImage() {
        imageLabel.setIcon(image == null ? null : SignaturesDialog.scaled(image));
        imageLabel.setText(image == null ? context.text("ui.signatures.noImage") : "");
        dialog.pack();
    }

    private void chooseImage() {
        FileChoosers.open(dialog, context.messages(), "signatureImageChooser",
                context.text("ui.signatures.chooseImage"),
                context.text("ui.signatures.imageFiles"), "png", "jpg", "jpeg").ifPresent(path ->
                context.inBackground(dialog, () -> Files.readAllBytes(path), bytes -> {
                    image = bytes;
                    imageType = type(path);
                    showImage();
                }));
    }

    private String label(String code) {
        return MergeField.names().contains(code) ? context.text("letters.field." + code) : code;
    }

    private Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        MergeField.names().forEach(code -> choices.put(code, label(code)));
        return choices;
    }

    private static String type(Path path) {
        String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return file.endsWith(".png") ? "image/png" : file.endsWith(".jpg") || file.endsWith(".jpeg")
                ? "image/jpeg" : "application/octet-stream";
    }

    private void save() {
        SignatureDraft draft = new SignatureDraft(editing == null ? null : editing.id(), accountName, name.getText(),
                plain.getText(), formattedEditor.mailText(), image, imageType, makeDefault.isSelected());
        User user = context.user();
        Long version = basedOn;
        Swing.busy(dialog, true, save, cancel);
        context.background().submit(() -> composeUseCases.signatures().save(user, draft, version), saved -> {
            dialog.dispose();
            onSaved.accept(saved);
        }, this::refused);
    }

    private void refused(Throwable failure) {
        Swing.busy(dialog, false, save, cancel);
        if (ErrorReporter.unwrap(failure) instanceof ChangedMeanwhileException changed) {
            resolve(changed);
        } else {
            context.errors().report(dialog, failure);
        }
    }

    /**
     * Someone saved the signature since this form was filled: the user reloads it (losing what
     * they typed) or overwrites it; until they choose, the form keeps what they typed.
     */
    private void resolve(ChangedMeanwhileException changed) {
        ChangedMeanwhilePrompt.Answer answer = ChangedMeanwhilePrompt.ask(dialog, context, changed);
        if (answer == ChangedMeanwhilePrompt.Answer.OVERWRITE) {
            basedOn = changed.current().number();
            save();
        } else if (answer == ChangedMeanwhilePrompt.Answer.RELOAD) {
            User user = context.user();
            long id = editing.id();
            Swing.busy(dialog, true, save, cancel);
            context.background().submit(() -> composeUseCases.signatures().findForEditing(user, id), found -> {
                Swing.busy(dialog, false, save, cancel);
                if (found.isEmpty()) {
                    Alerts.error(dialog, context.messages(), context.text("concurrency.deletedMeanwhile"));
                    return;
                }
                basedOn = found.get().version().number();
                fill(found.get().value());
                showImage();
            }, this::refused);
        }
    }
}
