package fr.missive.ui.common;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Component;
import java.awt.Container;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JMenu;

/**
 * The UI's icons: SVG files drawn for Missive, painted by FlatLaf at the screen's scale (crisp
 * on high-DPI screens). Their greys and blues are the IntelliJ palette colours FlatLaf's SVG
 * icons map to lighter shades under a dark theme, so the same files serve both themes.
 *
 * <p>Menus and toolbars get their icons by component name ({@link #decorate}), so a window
 * that names its buttons for the tests needs no other change to show them.
 */
public final class Icons {

    private static final String FOLDER = "fr/missive/ui/icons/";
    private static final int SIZE = 16;

    /** Component name → icon file (without ".svg"). */
    static final Map<String, String> BY_COMPONENT = Map.ofEntries(
            Map.entry("menuContactsList", "contacts"),
            Map.entry("menuContactsImport", "import"),
            Map.entry("menuLetterTemplates", "letter"),
            Map.entry("menuLetterMailing", "print"),
            Map.entry("menuDemoMailbox", "mail"),
            Map.entry("menuSendEmail", "mail"),
            Map.entry("menuSendDocument", "document"),
            Map.entry("menuSignatures", "signature"),
            Map.entry("menuAccounts", "account"),
            Map.entry("menuOutbox", "outbox"),
            Map.entry("menuSentMail", "sent"),
            Map.entry("menuPreferences", "settings"),
            Map.entry("menuInstitution", "institution"),
            Map.entry("menuUsers", "users"),
            Map.entry("menuWorkstationMail", "workstation"),
            Map.entry("menuProfiles", "server"),
            Map.entry("menuOAuthClients", "key"),
            Map.entry("menuAbout", "about"),
            Map.entry("contactAdd", "add"),
            Map.entry("contactEdit", "edit"),
            Map.entry("contactDelete", "delete"),
            Map.entry("contactImport", "import"),
            Map.entry("contactSendEmail", "mail"),
            Map.entry("contextSendEmail", "mail"),
            Map.entry("contactLetterMailing", "print"),
            Map.entry("letters.new", "add"),
            Map.entry("letters.import", "import"),
            Map.entry("letters.delete", "delete"),
            Map.entry("letters.mailing", "print"),
            Map.entry("contextLetterMailing", "print"),
            Map.entry("contextSendDocument", "document"),
            Map.entry("contactSendDocument", "document"));

    private Icons() {
    }

    /** The icon of that file, 16 × 16 at 100 % scale. */
    public static Icon get(String file) {
        return new FlatSVGIcon(FOLDER + file + ".svg", SIZE, SIZE, Icons.class.getClassLoader());
    }

    /** Gives every named button and menu item under {@code root} the icon its name calls for. */
    public static void decorate(Component root) {
        if (root instanceof AbstractButton button && button.getIcon() == null && button.getName() != null) {
            String file = BY_COMPONENT.get(button.getName());
            if (file != null) {
                button.setIcon(get(file));
            }
        }
        // A menu's items and a component's context menu are not among its children.
        if (root instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                decorate(item);
            }
        }
        if (root instanceof JComponent component && !component.getInheritsPopupMenu()
                && component.getComponentPopupMenu() != null) {
            decorate(component.getComponentPopupMenu());
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                decorate(child);
            }
        }
    }
}
