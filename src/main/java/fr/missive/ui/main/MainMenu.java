package fr.missive.ui.main;

import fr.missive.app.sandbox.DemoMailbox;
import fr.missive.model.users.User;
import fr.missive.ui.common.Icons;
import fr.missive.ui.common.UiContext;
import java.awt.event.KeyEvent;
import java.util.HashSet;
import java.util.Set;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * The menu bar. It lists only what exists, and Configuration is an administrator's.
 */
final class MainMenu {

    /** What the menu items do; the main window implements it. */
    interface Commands {
        void showContacts();

        void importContacts();

        void preferences();

        void institution();

        void users();

        void accounts();

        void workstationMail();

        void dispatchingProfiles();

        void oauthClients();

        void letterTemplates();

        void letterMailing();

        void outbox();

        void sendEmail();

        void sendDocument();

        void signatures();

        void about();

        void journal();

        void sentMail();

        void demoMailbox();

        /** Whether the Configuration menu offers {@code user} moving this PC's own database up to a shared one. */
        boolean canMoveToSharedDatabase(User user);

        void moveToSharedDatabase();
    }

    private final UiContext context;
    private final DemoMailbox demoMailbox;
    private final Commands commands;

    MainMenu(UiContext context, DemoMailbox demoMailbox, Commands commands) {
        this.context = context;
        this.demoMailbox = demoMailbox;
        this.commands = commands;
    }

    JMenuBar build(User user) {
        JMenuBar bar = new JMenuBar();
        bar.setName("menuBar");
        JMenu contacts = menu("menuContacts", "ui.menu.contacts");
        JMenuItem list = item("menuContactsList", "ui.menu.contacts.list", commands::showContacts);
        list.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F, KeyEvent.CTRL_DOWN_MASK));
        contacts.add(list);
        contacts.add(item("menuContactsImport", "ui.menu.contacts.import", commands::importContacts));
        bar.add(contacts);
        JMenu letters = menu("menuLetters", "ui.menu.letters");
        letters.add(item("menuLetterTemplates", "ui.menu.letters.templates", commands::letterTemplates));
        letters.add(item("menuLetterMailing", "ui.mailing.menu", commands::letterMailing));
        bar.add(letters);
        JMenu mail = menu("menuMail", "ui.menu.mail");
        mail.add(item("menuSendEmail", "ui.compose.menu", commands::sendEmail));
        mail.add(item("menuSendDocument", "ui.document.menu", commands::sendDocument));
        mail.add(item("menuSignatures", "ui.signatures.menu", commands::signatures));
        mail.addSeparator();
        mail.add(item("menuAccounts", "ui.accounts.menu", commands::accounts));
        mail.add(item("menuOutbox", "ui.outbox.menu", commands::outbox));
        mail.add(item("menuSentMail", "ui.sent.menu", commands::sentMail));
        if (demoMailbox.active()) {
            mail.addSeparator();
            mail.add(item("menuDemoMailbox", "ui.sandbox.menu", commands::demoMailbox));
        }
        bar.add(mail);
        JMenu tools = menu("menuTools", "ui.menu.tools");
        tools.add(item("menuPreferences", "ui.menu.preferences", commands::preferences));
        bar.add(tools);
        if (user.isAdmin()) {
            JMenu configuration = menu("menuConfiguration", "ui.menu.configuration");
            configuration.add(item("menuInstitution", "ui.menu.institution", commands::institution));
            configuration.add(item("menuUsers", "ui.menu.users", commands::users));
            configuration.addSeparator();
            configuration.add(item("menuWorkstationMail", "ui.workstation.menu", commands::workstationMail));
            configuration.add(item("menuProfiles", "ui.profiles.menu", commands::dispatchingProfiles));
            configuration.add(item("menuOAuthClients", "ui.oauthClients.menu", commands::oauthClients));
            if (!demoMailbox.active() && commands.canMoveToSharedDatabase(user)) {
                configuration.addSeparator();
                configuration.add(item("menuMoveToSharedDatabase", "ui.moveUp.menu", commands::moveToSharedDatabase));
            }
            bar.add(configuration);
        }
        JMenu help = menu("menuHelp", "ui.menu.help");
        help.add(item("menuJournal", "ui.journal.menu", commands::journal));
        help.add(item("menuAbout", "ui.menu.about", commands::about));
        bar.add(help);
        assignMnemonics(bar);
        Icons.decorate(bar);
        return bar;
    }

    private JMenu menu(String name, String key) {
        JMenu menu = new JMenu(context.text(key));
        menu.setName(name);
        return menu;
    }

    /** Alt+letter for each menu: the first letter of its name that no menu before it took, in any language. */
    private static void assignMnemonics(JMenuBar bar) {
        Set<Character> taken = new HashSet<>();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            JMenu menu = bar.getMenu(i);
            for (char c : menu.getText().toCharArray()) {
                char upper = Character.toUpperCase(c);
                if (upper >= 'A' && upper <= 'Z' && taken.add(upper)) {
                    menu.setMnemonic(upper);
                    break;
                }
            }
        }
    }

    private JMenuItem item(String name, String key, Runnable action) {
        JMenuItem item = new JMenuItem(context.text(key));
        item.setName(name);
        item.addActionListener(e -> action.run());
        return item;
    }
}
