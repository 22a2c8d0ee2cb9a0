package fr.missive.app.compose;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.accounts.AccountDraft;
import fr.missive.app.accounts.SmtpDraft;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.contacts.Contact;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A set-up school (Claire, administrator, with the account "Secrétariat") sending to GreenMail on loopback.
 * The data folder is opened through the test's {@link DataFolders}, which closes it; {@link #close} stops GreenMail.
 */
final class ComposeFixture implements AutoCloseable {

    final GreenMail greenMail;
    final OpenDataFolder services;
    final User claire;

    ComposeFixture(DataFolders dataFolders, Path dataFolder) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        services = dataFolders.open(dataFolder);
        services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                "69003", "Lyon", "", ""), null, new UserDraft("Claire Martin", "claire@college-test.fr", Role.ADMIN,
                null));
        claire = services.setup().users().find("Claire Martin").orElseThrow();
        services.accounts().accounts().saveAnyway(claire, new AccountDraft(AccountKind.PERSONAL, "Secrétariat",
                "secretariat@college-test.fr", SettingsSource.OWN, null, new SmtpDraft("127.0.0.1",
                greenMail.getSmtp().getPort(), Security.NONE, null, null, null, false, null), null, false,
                List.of(), null));
    }

    Contact contact(String first, String last, String email, boolean consent) {
        return services.contacts().contacts().save(claire, new ContactDraft(null, ContactKind.GUARDIAN, "", first, last, "3e A",
                List.of("1 rue Haute"), "69003", "Lyon", "", email, consent, Map.of()));
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
