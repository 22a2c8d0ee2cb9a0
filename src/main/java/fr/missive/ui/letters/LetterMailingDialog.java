package fr.missive.ui.letters;

import fr.missive.app.letters.FieldLabelLookup;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.ValidationException;
import fr.missive.app.letters.mailing.MailingChoices;
import fr.missive.app.letters.mailing.MailingOptions;
import fr.missive.app.letters.mailing.MailingPlan;
import fr.missive.app.letters.mailing.TypedRecipients;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.Addressing;
import fr.missive.model.letters.MergeField;
import fr.missive.model.letters.MergeValues;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.users.User;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.DiscardCheck;
import fr.missive.ui.common.ErrorReporter;
import fr.missive.ui.common.FileChoosers;
import fr.missive.ui.common.LiveLabel;
import fr.missive.ui.common.Printers;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.MnemonicPicker;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.compose.ContactPicker;
import fr.missive.ui.compose.ReadReceiptField;
import fr.missive.ui.compose.SignatureField;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * "Print or e-mail a standard letter": the letter, its recipients (contacts and typed
 * addresses), the output (e-mail, printer, PDF files in a folder) and, for e-mail, the account,
 * the PDF attachment, the letter in the body, subject, message and signature; the
 * letter-specific fields asked once. "Summary" plans the sending in the background and shows
 * what will happen to each recipient and what to fix; Send hands the work to the background and
 * closes at once, its progress in the main window's status bar.
 */
public final class LetterMailingDialog {

    /** Where the letters go. */
    enum Output { EMAIL, PRINTER, FOLDER }

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(LetterMailingDialog.class.getName());
    private static final String FORM = "form";
    private static final String SUMMARY = "summary";

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final AccountUseCases accountUseCases;
    private final LetterUseCases letterUseCases;
    private final ComposeUseCases composeUseCases;
    private final Window owner;
    private final Long templateId;
    private final JDialog dialog;
    /** Asks before the letter's fields, subject or message typed are lost. */
    private final DiscardCheck discard;
    private final CardLayout cards = new CardLayout();
    private final JPanel pages = new JPanel(cards);
    private final JComboBox<Choice<StoredTemplate>> template = new JComboBox<>();
    /** To whom this sending writes; for guardians, whether those at one address share a letter. */
    enum AddressedTo { CONTACT, GUARDIANS, GUARDIANS_JOINT }

    private final JComboBox<Choice<AddressedTo>> addressing = new JComboBox<>();
    private final DefaultListModel<Contact> recipients = new DefaultListModel<>();
    private final JList<Contact> recipientList = new fr.missive.ui.common.FittedList<>(recipients);
    private final JTextField others = new JTextField(36);
    private final JRadioButton byEmail = new JRadioButton();
    private final JRadioButton toPrinter = new JRadioButton();
    private final JRadioButton toFolder = new JRadioButton();
    private final JTextField folder = new JTextField(30);
    private final JButton chooseFolder;
    private final JComboBox<Choice<Account>> account = new JComboBox<>();
    private final JCheckBox attachPdf = new JCheckBox();
    private final JTextField pdfName = new JTextField(30);
    private final JCheckBox inline = new JCheckBox();
    private final JTextField subject = new JTextField(36);
    /** The subject and the PDF name show fields by their label, and give them back as codes. */
    private final FieldLine subjectLine = new FieldLine(subject);
    private final FieldLine pdfNameLine = new FieldLine(pdfName);
    /** The contacts' extra CSV columns, read with the templates: their fields show by their headers. */
    private List<String> customHeaders = List.of();
    private final JTextArea message = new JTextArea(3, 48);
    private final SignatureField signature;
    private final JCheckBox printCopy = new JCheckBox();
    /** Never among the remembered {@link MailingChoices}: off at every opening. */
    private final ReadReceiptField readReceipt;
    private final JComboBox<Choice<Output>> printCopyTo = new JComboBox<>();
    private final LetterFieldsForm letterFields;
    /** What only an e-mail output shows. */
    private final List<Component> emailRows = new ArrayList<>();
    private final JLabel working = new LiveLabel(LiveLabel.Urgency.STATUS, " ");
    private final JButton next;
    private fr.missive.ui.common.BouncedAddressWarning bounced = new fr.missive.ui.common.BouncedAddressWarning(null, null);
    private final MailingSummaryPage summary;
    private BackgroundTasks.Job planning;
    private boolean loading;

    /**
     * @param preselected the contacts selected where the dialog was opened from
     * @param templateId  the letter to preselect, or null for the first one
     */
    public LetterMailingDialog(UiContext context, ContactUseCases contactUseCases, AccountUseCases accountUseCases,
            LetterUseCases letterUseCases, ComposeUseCases composeUseCases, Window owner,
                    List<Contact> preselected, Long templateId) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.accountUseCases = accountUseCases;
        this.letterUseCases = letterUseCases;
        this.composeUseCases = composeUseCases;
        this.owner = owner;
        this.templateId = templateId;
        this.dialog = new JDialog(owner);
        this.discard = DiscardCheck.on(dialog, context::messages, this::cancel);
        this.letterFields = new LetterFieldsForm(context);
        this.signature = new SignatureField(context, composeUseCases, "mailingSignature", 2);
        this.readReceipt = new ReadReceiptField(context, "mailing");
        preselected.forEach(recipients::addElement);
        chooseFolder = Swing.button("mailingChooseFolder", context.text("ui.mailing.chooseFolder"), this::chooseFolder);
        next = Swing.button("mailingNext", context.text("ui.mailing.next"), this::plan);
        summary = new MailingSummaryPage(context, letterUseCases, dialog, this::back, this::send);
        build();
    }

    private void build() {
        dialog.setName("letterMailingDialog");
        dialog.setTitle(context.text("ui.mailing.title"));
        template.setName("mailingTemplate");
        template.addActionListener(e -> templateChosen());
        addressing.setName("mailingAddressing");
        for (AddressedTo to : AddressedTo.values()) {
            addressing.addItem(new Choice<>(to, context.text("ui.mailing.addressing." + to.name())));
        }
        ReadAloud.named(addressing, context.text("ui.a11y.mailing.addressing"));
        recipientList.setName("mailingRecipients");
        recipientList.setVisibleRowCount(5);
        recipientList.setCellRenderer(MailingSummaryPage.renderer(c -> c.displayName()
                + c.emailAddress().map(a -> " <" + a + ">").orElse("")));
        others.setName("mailingOthers");
        byEmail.setName("mailingOutputEmail");
        byEmail.setText(context.text("ui.mailing.output.email"));
        toPrinter.setName("mailingOutputPrinter");
        toPrinter.setText(context.text("ui.mailing.output.printer"));
        toFolder.setName("mailingOutputFolder");
        toFolder.setText(context.text("ui.mailing.output.folder"));
        ButtonGroup outputs = new ButtonGroup();
        for (JRadioButton b : List.of(byEmail, toPrinter, toFolder)) {
            outputs.add(b);
            b.addActionListener(e -> outputChanged());
        }
        byEmail.setSelected(true);
        folder.setName("mailingFolder");
        account.setName("mailingAccount");
        account.addActionListener(e -> accountChanged());
        attachPdf.setName("mailingAttachPdf");
        attachPdf.setText(context.text("ui.mailing.attachPdf"));
        attachPdf.setSelected(true);
        pdfName.setName("mailingPdfName");
        attachPdf.addActionListener(e -> pdfName.setEnabled(attachPdf.isSelected()));
        inline.setName("mailingInline");
        inline.setText(context.text("ui.mailing.inline"));
        inline.addActionListener(e -> inlineChanged());
        subject.setName("mailingSubject");
        message.setName("mailingMessage");
        message.setLineWrap(true);
        message.setWrapStyleWord(true);
        message.setText(context.text("mailing.intro.attached"));
        printCopy.setName("mailingPrintCopy");
        printCopy.setText(context.text("ui.mailing.printCopy"));
        printCopy.addActionListener(e -> outputChanged());
        printCopyTo.setName("mailingPrintCopyTo");
        printCopyTo.addItem(new Choice<>(Output.PRINTER, context.text("ui.mailing.printCopy.printer")));
        printCopyTo.addItem(new Choice<>(Output.FOLDER, context.text("ui.mailing.printCopy.folder")));
        printCopyTo.addActionListener(e -> outputChanged());
        working.setName("mailingWorking");

        JButton addContacts = Swing.button("mailingAddContacts", context.text("ui.compose.addContacts"),
                this::addContacts);
        JButton remove = Swing.button("mailingRemoveContacts", context.text("ui.compose.remove"), () ->
                recipientList.getSelectedValuesList().forEach(recipients::removeElement));
        JButton cancel = Swing.button("mailingCancel", context.text("ui.button.cancel"), discard::close);
        MnemonicPicker.reachedByEscape(cancel);

        JPanel form = new JPanel(new MigLayout("insets dialog, wrap 3, hidemode 3", "[right][grow,fill][fill]"));
        form.add(Swing.label(context.text("ui.mailing.letter"), template));
        form.add(template, "span 2");
        // Letters about pupils: to whom this sending writes, and whether guardians at one address share a
        // letter. A plain label: the dialog's letters for Alt+key are all taken by the fields below.
        form.add(new JLabel(context.text("ui.mailing.addressing")));
        form.add(addressing, "span 2");
        form.add(Swing.label(context.text("ui.compose.recipients"), recipientList), "top");
        form.add(new JScrollPane(recipientList));
        form.add(addContacts, "split 2, flowy, top, sizegroup side");
        form.add(remove, "sizegroup side");
        // Typed addresses have no postal address: they are offered for e-mail only.
        JLabel othersLabel = Swing.label(context.text("ui.compose.others"), others);
        form.add(othersLabel);
        form.add(others, "span 2");
        JLabel othersHint = Swing.hint(context.text("ui.compose.othersHint"));
        form.add(othersHint, "skip 1, span 2");
        form.add(new JLabel(context.text("ui.mailing.output")));
        form.add(byEmail, "span 2, split 3");
        form.add(toPrinter);
        form.add(toFolder);
        form.add(Swing.label(context.text("ui.mailing.folder"), folder));
        form.add(folder);
        form.add(chooseFolder, "sizegroup side");
        JLabel from = Swing.label(context.text("ui.compose.account"), account);
        form.add(from, "gaptop 6");
        form.add(account, "span 2, gaptop 6");
        JLabel pdfHint = Swing.hint(context.text("ui.mailing.pdfNameHint",
                FieldLine.OPEN + FieldLabelLookup.standard(context.messages().locale()).label("last_name")
                        + FieldLine.CLOSE));
        form.add(attachPdf, "skip 1, span 2, split 2");
        form.add(pdfName, "growx");
        form.add(pdfHint, "skip 1, span 2");
        form.add(inline, "skip 1, span 2");
        JLabel subjectLabel = Swing.label(context.text("ui.compose.subject"), subject);
        form.add(subjectLabel);
        form.add(subject, "span 2");
        JLabel messageLabel = Swing.label(context.text("ui.compose.body"), message);
        form.add(messageLabel, "top");
        JScrollPane messageScroll = new JScrollPane(message);
        form.add(messageScroll, "span 2");
        JLabel signatureLabel = Swing.label(context.text("ui.compose.signature"), signature.combo());
        form.add(signatureLabel);
        form.add(signature.combo(), "span 2");
        JScrollPane signatureScroll = new JScrollPane(signature.text());
        form.add(signatureScroll, "skip 1, span 2");
        readReceipt.addTo(form);
        form.add(printCopy, "skip 1, span 2, split 2");
        form.add(printCopyTo, "growx 0");
        ReadAloud.named(pdfName, context.text("ui.a11y.mailing.pdfName"), ReadAloud.plain(pdfHint.getText()));
        ReadAloud.named(signature.text(), context.text("ui.a11y.signatureText"));
        ReadAloud.named(printCopyTo, context.text("ui.a11y.mailing.printCopyTo"));
        // The ATK bridge names a combo box by its selected item, as GTK does: Orca says its label, the check box.
        printCopyTo.getAccessibleContext().getAccessibleRelationSet().add(new javax.accessibility.AccessibleRelation(
                javax.accessibility.AccessibleRelation.LABELED_BY, printCopy));
        emailRows.addAll(List.of(othersLabel, others, othersHint, from, account, attachPdf, pdfName, pdfHint, inline,
                subjectLabel, subject, messageLabel, messageScroll, signatureLabel, signature.combo(), signatureScroll,
                printCopy, printCopyTo));
        emailRows.addAll(readReceipt.components());
        form.add(letterFields.panel(), "span 3, growx, gaptop 6");
        form.add(working, "span 3, growx");
        form.add(Swing.buttonBar(next, cancel), "span 3, growx, gaptop 12");

        pages.add(form, FORM);
        pages.add(summary.panel(), SUMMARY);
        dialog.setContentPane(pages);
        Swing.keys(dialog, null, discard::close);
        outputChanged();
    }

    public void open() {
        User user = context.user();
        loading = true;
        context.inBackground(dialog, () -> new Choices(letterUseCases.templates().list(),
                accountUseCases.accounts().sendersFor(user),
                accountUseCases.accounts().preferredFor(user),
                letterUseCases.mailingMemory().recall(user.id()), letterUseCases.templates().customFieldHeaders()),
                choices -> {
                    customHeaders = choices.customHeaders();
                    choices.templates().forEach(t -> template.addItem(new Choice<>(t, t.designation())));
                    choices.templates().stream().filter(t -> templateId != null && t.id() == templateId).findFirst()
                            .ifPresent(t -> Swing.select(template, t));
                    choices.accounts().forEach(a -> account.addItem(new Choice<>(a, a.name() + " <" + a.address()
                            + ">")));
                    choices.preferred().ifPresent(a -> choices.accounts().stream().filter(x -> x.id().equals(a.id()))
                            .findFirst().ifPresent(x -> Swing.select(account, x)));
                    choices.remembered().ifPresent(this::recall);
                    loading = false;
                    templateChosen();
                    // Once the signature is in its box the form is as the user found it.
                    signature.loadFor(dialog, Swing.selected(account), discard::unchangedNow);
                });
        dialog.pack();
        dialog.setModal(false);
        Swing.showCentred(dialog, owner, template);
    }

    private record Choices(List<StoredTemplate> templates, List<Account> accounts, Optional<Account> preferred,
                           Optional<MailingChoices> remembered, List<String> customHeaders) {
    }

    /** Puts back the user's last choices; an account they may no longer use is left to the default. */
    private void recall(MailingChoices last) {
        switch (last.output()) {
            case "PRINTER" -> toPrinter.setSelected(true);
            case "FOLDER" -> toFolder.setSelected(true);
            default -> byEmail.setSelected(true);
        }
        folder.setText(last.folder());
        attachPdf.setSelected(last.attachPdf());
        pdfName.setEnabled(last.attachPdf());
        inline.setSelected(last.inline());
        inlineChanged();
        printCopy.setSelected(last.printCopy());
        for (Output paper : List.of(Output.PRINTER, Output.FOLDER)) {
            if (paper.name().equals(last.printCopyTo())) {
                Swing.select(printCopyTo, paper);
            }
        }
        last.accountId().ifPresent(id -> {
            for (int i = 0; i < account.getItemCount(); i++) {
                if (account.getItemAt(i).value().id().equals(id)) {
                    account.setSelectedIndex(i);
                }
            }
        });
        last.signatureId().ifPresent(signature::preferOnce);
        outputChanged();
    }

    /** The choices to offer again next time, as the form stands. */
    private MailingChoices choices() {
        Account from = Swing.selected(account);
        Output copyTo = Swing.selected(printCopyTo);
        // Before its signatures are listed, the form has no signature choice to remember.
        Optional<Long> signatureId = signature.combo().getItemCount() == 0 ? Optional.empty()
                : Optional.of(signature.selected() == null ? MailingChoices.NO_SIGNATURE : signature.selected().id());
        return new MailingChoices(output().name(), folder.getText().strip(), attachPdf.isSelected(),
                inline.isSelected(), printCopy.isSelected(), copyTo == null ? "" : copyTo.name(),
                Optional.ofNullable(from).map(Account::id), signatureId);
    }

    /** Keeps the form's choices for the user's next mailing, in the background. */
    private void remember() {
        User user = context.user();
        if (loading || user == null) {
            return;
        }
        MailingChoices last = choices();
        context.background().submit(() -> {
            letterUseCases.mailingMemory().remember(user.id(), last);
            return null;
        }, done -> { }, failure -> LOG.log(Level.WARNING, "Could not remember the mailing choices", failure));
    }

    private Output output() {
        return byEmail.isSelected() ? Output.EMAIL : toPrinter.isSelected() ? Output.PRINTER : Output.FOLDER;
    }

    /** Where the letters on paper go: the output itself, or the "print a copy" choice with e-mail; null for none. */
    private Output paperOutput() {
        return switch (output()) {
            case EMAIL -> printCopy.isSelected() ? Swing.selected(printCopyTo) : null;
            case PRINTER, FOLDER -> output();
        };
    }

    private void outputChanged() {
        emailRows.forEach(c -> c.setVisible(output() == Output.EMAIL));
        printCopyTo.setEnabled(printCopy.isSelected());
        boolean folderUsed = paperOutput() == Output.FOLDER;
        folder.setEnabled(folderUsed);
        chooseFolder.setEnabled(folderUsed);
        if (dialog.isShowing()) {
            Swing.growToFit(dialog);
        }
    }

    private void templateChosen() {
        StoredTemplate chosen = Swing.selected(template);
        if (loading || chosen == null) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        FieldLabelLookup labels = FieldLabelLookup.of(chosen.template(), context.messages().locale())
                .withColumns(customHeaders);
        for (String code : MergeField.names()) {
            fields.put(code, labels.label(code));
        }
        // The contacts' extra columns by their headers, as the letters window offers them.
        customHeaders.stream().map(MergeValues::customFieldName).filter(code -> !code.isEmpty())
                .forEach(code -> fields.putIfAbsent(code, labels.label(code)));
        chosen.template().letterFields().forEach(code -> fields.put(code, labels.label(code)));
        subjectLine.setFields(fields);
        pdfNameLine.setFields(fields);
        subjectLine.setCodes(chosen.template().subject());
        Swing.select(addressing, chosen.template().addressing() == Addressing.GUARDIANS ? AddressedTo.GUARDIANS
                : AddressedTo.CONTACT);
        pdfNameLine.setCodes(chosen.designation() + " {{last_name}} {{first_name}}");
        letterFields.show(chosen.template().letterFields(),
                FieldLabelLookup.of(chosen.template(), context.messages().locale()));
        if (dialog.isShowing()) {
            Swing.growToFit(dialog);
        }
    }

    /** The default sentence follows the choice: the letter attached, or below. */
    private void inlineChanged() {
        String attached = context.text("mailing.intro.attached");
        String below = context.text("mailing.intro.below");
        if (inline.isSelected() && message.getText().equals(attached)) {
            message.setText(below);
        } else if (!inline.isSelected() && message.getText().equals(below)) {
            message.setText(attached);
        }
    }

    /** The signatures offered follow the account: an institution account's own come first. */
    private void accountChanged() {
        if (loading) {
            return;
        }
        signature.loadFor(dialog, Swing.selected(account));
    }

    private void addContacts() {
        ContactPicker.addTo(context, contactUseCases, dialog, recipients, () -> { });
    }

    private void chooseFolder() {
        FileChoosers.folder(dialog, context.messages(), "mailingFolderChooser", folder.getText(),
                context.text("ui.mailing.chooseFolder.ok")).ifPresent(chosen -> folder.setText(chosen.toString()));
    }

    /** The form as read on the EDT, for the planning in the background. */
    private record Request(StoredTemplate template, String accountName, List<Contact> contacts, String others,
                           MailingOptions options, Output paper) {
    }

    private Request request() {
        StoredTemplate chosen = Swing.selected(template);
        if (chosen == null) {
            throw ValidationException.of("template", UserMessage.of("ui.mailing.noTemplate"));
        }
        Output paper = paperOutput();
        Path pdfFolder = null;
        if (paper == Output.FOLDER) {
            if (folder.getText().isBlank()) {
                throw ValidationException.of("folder", UserMessage.of("ui.mailing.noFolder"));
            }
            pdfFolder = Path.of(folder.getText().strip());
        }
        Account from = Swing.selected(account);
        boolean email = output() == Output.EMAIL;
        if (email && from == null) {
            throw ValidationException.of("account", UserMessage.of("ui.mailing.noAccount"));
        }
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            contacts.add(recipients.get(i));
        }
        Locale language = context.messages().locale();
        MailingOptions options = (email ? MailingOptions.byEmail(language) : MailingOptions.onPaper(language))
                .attachPdf(attachPdf.isSelected()).pdfNamePattern(pdfNameLine.codes()).inline(inline.isSelected())
                .subject(subjectLine.codes()).intro(message.getText()).signature(signature.text().getText())
                .letterFields(letterFields.values()).printFolder(pdfFolder).readReceipt(email && readReceipt.asked())
                .addressing(Swing.selected(addressing) == AddressedTo.CONTACT ? Addressing.CONTACT : Addressing.GUARDIANS)
                .jointLetters(Swing.selected(addressing) == AddressedTo.GUARDIANS_JOINT).build();
        return new Request(chosen, email ? from.name() : null, contacts, email ? others.getText() : "", options,
                paper);
    }

    private void plan() {
        Request request;
        try {
            request = request();
        } catch (ValidationException invalid) {
            context.errors().report(dialog, invalid);
            focusFieldAtFault(invalid);
            return;
        }
        User user = context.user();
        Swing.busy(dialog, true, next);
        working.setText(context.text("ui.mailing.planning"));
        planning = context.background().submitCancellable(cancelled -> {
            List<Contact> all = new ArrayList<>(request.contacts());
            all.addAll(TypedRecipients.parse(request.others(), LocalDate.now(context.clock())));
            if (all.isEmpty()) {
                throw ValidationException.of("recipients", UserMessage.of("ui.mailing.noRecipient"));
            }
            MailingPlan plan = letterUseCases.mailing().plan(user, request.accountName(),
                    request.template().template(), all, request.options());
            return cancelled.getAsBoolean() ? null : plan;
        }, plan -> {
            Swing.busy(dialog, false, next);
            working.setText(" ");
            if (plan != null && dialog.isDisplayable()) {
                summary.show(plan, request.accountName(), request.paper(), request.template().designation());
                cards.show(pages, SUMMARY);
            }
        }, failure -> {
            Swing.busy(dialog, false, next);
            working.setText(" ");
            context.errors().report(dialog, failure);
            focusFieldAtFault(failure);
        });
    }

    private void focusFieldAtFault(Throwable failure) {
        Component field = subject;
        if (ErrorReporter.unwrap(failure) instanceof ValidationException invalid && !invalid.errors().isEmpty()) {
            String name = invalid.errors().get(0).field();
            field = switch (name) {
                case TypedRecipients.FIELD -> others;
                case "recipients" -> recipientList;
                case "folder" -> folder;
                case "account" -> account;
                case "template" -> template;
                case "fields" -> letterFields.panel();
                default -> subject;
            };
        }
        dialog.toFront();
        field.requestFocusInWindow();
    }

    private void back() {
        cards.show(pages, FORM);
    }

    private void cancel() {
        if (planning != null) {
            planning.cancel();
        }
        remember();
        dialog.dispose();
    }

    /** Asks for the printer when letters are printed, then closes and sends in the background. */
    private void send(MailingPlan plan, String accountName, Output paper, String designation) {
        bounced.check(dialog, plan.byEmail(), "", paper != null, (answer, marked) -> {
            switch (answer) {
                case SEND_ANYWAY -> sendAsPlanned(plan, accountName, paper, designation);
                case ON_PAPER -> sendAsPlanned(plan.withBouncedOnPaper(marked), accountName, paper, designation);
                case CANCEL -> { }
            }
        });
    }

    /** Warns before sending to the addresses that bounced before (none warned of without it). */
    public LetterMailingDialog warningBounced(fr.missive.app.returns.ReturnsService returns) {
        bounced = new fr.missive.ui.common.BouncedAddressWarning(context, returns);
        return this;
    }

    private void sendAsPlanned(MailingPlan plan, String accountName, Output paper, String designation) {
        Printers.Target printer = null;
        if (paper == Output.PRINTER && !plan.toPrint().isEmpty()) {
            try {
                Optional<Printers.Target> chosen = context.printers().choose(dialog, true);
                if (chosen.isEmpty()) {
                    return;
                }
                printer = chosen.get();
            } catch (RuntimeException e) {
                context.errors().report(dialog, e);
                return;
            }
        }
        remember();
        dialog.dispose();
        new MailingRun(context, letterUseCases, owner, plan, accountName, designation, printer).start();
    }

    /** The letter-specific fields of the chosen letter, asked once for every recipient. */
    static final class LetterFieldsForm {
        private final UiContext context;
        private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3", "[right][grow,fill]"));
        private final Map<String, JTextField> fields = new LinkedHashMap<>();

        LetterFieldsForm(UiContext context) {
            this.context = context;
            panel.setName("mailingFields");
            panel.setVisible(false);
        }

        JPanel panel() {
            return panel;
        }

        void show(List<String> names, FieldLabelLookup labels) {
            Map<String, String> typed = values();
            panel.removeAll();
            fields.clear();
            if (!names.isEmpty()) {
                panel.add(Swing.section(context.text("ui.mailing.letterFields")), "span 2, growx");
            }
            for (String name : names) {
                JTextField field = new JTextField(typed.getOrDefault(name, ""), 30);
                field.setName("mailingField." + name);
                JLabel label = Swing.label(labels.label(name), field);
                label.setToolTipText("{{" + name + "}}");
                panel.add(label);
                panel.add(field);
                fields.put(name, field);
            }
            panel.setVisible(!names.isEmpty());
            panel.revalidate();
        }

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            fields.forEach((name, field) -> {
                if (!field.getText().isBlank()) {
                    values.put(name, field.getText().strip());
                }
            });
            return values;
        }
    }
}
