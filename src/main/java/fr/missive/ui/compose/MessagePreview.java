package fr.missive.ui.compose;

import fr.missive.app.compose.EmailPlan.PersonalMessage;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * One recipient's copy as it will be sent, merged, with the signature; another can be chosen.
 * Components: {@code previewRecipient}, {@code previewSubject}, {@code previewText}, and
 * {@code previewFiles} when each copy has its own attachments.
 */
final class MessagePreview {

    private final UiContext context;
    private final JComboBox<Choice<Integer>> who = new JComboBox<>();
    private final JLabel subject = new JLabel();
    private final JLabel files = new JLabel();
    private final JTextArea text = new JTextArea(14, 64);
    private final List<PersonalMessage> messages;
    private final List<String> attachments;

    /** @param attachments the attachments of each copy, shown under its text; null when all copies have the same */
    MessagePreview(UiContext context, List<PersonalMessage> messages, List<String> attachments) {
        this.context = context;
        this.messages = messages;
        this.attachments = attachments;
        who.setName("previewRecipient");
        ReadAloud.named(who, context.text("ui.a11y.preview.recipient"));
        subject.setName("previewSubject");
        files.setName("previewFiles");
        text.setName("previewText");
        ReadAloud.named(text, context.text("ui.a11y.preview.text"));
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        for (int i = 0; i < messages.size(); i++) {
            PersonalMessage m = messages.get(i);
            who.addItem(new Choice<>(i, m.recipientName().equals(m.to().toString()) ? m.recipientName()
                    : m.recipientName() + " <" + m.to() + ">"));
        }
        who.addActionListener(e -> show());
        show();
    }

    /** The rows of a 2-column form. */
    void addTo(JPanel p) {
        p.add(new JLabel(context.text("ui.compose.previewFor")));
        p.add(who);
        p.add(new JLabel(context.text("ui.compose.subject")));
        p.add(subject);
        p.add(new JScrollPane(text), "span 2");
        if (attachments != null) {
            p.add(new JLabel(context.text("ui.compose.attachments")));
            p.add(files);
        }
    }

    private void show() {
        Integer index = Swing.selected(who);
        PersonalMessage m = index == null ? null : messages.get(index);
        subject.setText(m == null ? "" : m.subject());
        text.setText(m == null ? "" : m.text());
        text.setCaretPosition(0);
        files.setText(m == null || attachments == null ? "" : attachments.get(index));
    }
}
