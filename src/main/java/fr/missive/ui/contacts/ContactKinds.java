package fr.missive.ui.contacts;

import fr.missive.model.contacts.ContactKind;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.UiContext;
import java.util.Arrays;
import java.util.List;

/** The kinds of contact as the user reads them ("Élève", "Responsable légal" …). */
public final class ContactKinds {

    private ContactKinds() {
    }

    public static String label(UiContext context, ContactKind kind) {
        return context.text("ui.kind." + kind.name());
    }

    public static List<Choice<ContactKind>> choices(UiContext context) {
        return Arrays.stream(ContactKind.values()).map(k -> new Choice<>(k, label(context, k))).toList();
    }
}
