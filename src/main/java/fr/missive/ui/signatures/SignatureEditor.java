package fr.missive.ui.signatures;

import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.signatures.SignatureDraft;
import fr.missive.model.signatures.Signature;
import fr.missive.model.users.User;
import fr.missive.ui.common.DiscardCheck;
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
            name.setText(editing.name());
            plain.setText(editing.plainText());
            formattedEditor.setMailText(editing.formattedText());
            makeDefault.setSelected(editing.isDefault());
            image = editing.image();
            imageType = editing.imageType();
        }
        JButton chooseImage = Swing.button("signatureImageChoose", context.text("ui.signatures.chooseImage"),
                this::chooseImage);
        JButton removeImage = Swing.button("signatureImageRemove", context.text("ui.signatures.removeImage"), () -> {
            image = null;
            imageType = null;
            showImage();
        });
        JButton save = Swing.button("signatureSave", context.text("ui.button.save"), this::save);
        DiscardCheck discard = DiscardCheck.on(dialog, context::messages);
        JButton cancel = Swing.button("signatureCancel", context.text("ui.button.cancel"), discard::close);
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
        context.inBackground(dialog, () -> composeUseCases.signatures().save(user, draft), saved -> {
            dialog.dispose();
            onSaved.accept(saved);
        });
    }
}
