package fr.missive.app.accounts;

import fr.missive.store.db.EmbeddedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.Security;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords stored through the real use cases, then the database shut down: no file of the
 * data folder holds any of them, in UTF-8 or UTF-16.
 */
@EmbeddedOnly // about what the data folder's files hold
@ExtendWith(DataFolderExtension.class)
class PasswordsNeverOnDiskTest {

    private static final String ACCOUNT_PASSWORD = "Zq7-Mot2Passe-Compte-éà";
    private static final String PROFILE_PASSWORD = "Zq7-Mot2Passe-Profil-ùç";
    private static final String WORKSTATION_PASSWORD = "Zq7-Mot2Passe-Poste-ôî";
    private static final String IMAP_PASSWORD = "Zq7-Mot2Passe-Imap-ëï";
    private static final String SECRET_ANSWER = "Zq7-Réponse-Secrète";
    /** The answer as it is hashed: case and accents folded. */
    private static final String FOLDED_ANSWER = "zq7-reponse-secrete";

    @TempDir
    Path folder;

    @Test
    void noFileOfTheDataFolderHoldsAStoredPassword(DataFolders dataFolders) throws IOException {
        try (OpenDataFolder services = dataFolders.open(folder)) {
            User admin = services.setup().firstRun().initialise(InstitutionDraft.named("Collège", "Lyon", "Secrétariat"), null,
                    new UserDraft("Claire", null, Role.ADMIN, null));
            services.accounts().profiles().add(admin, "Académie", new SmtpDraft("smtp.ac-lyon.fr", 587, Security.STARTTLS,
                    "secretariat", PROFILE_PASSWORD.toCharArray(), null, false));
            services.accounts().workstation().set(admin, new WorkstationDraft(null, new SmtpDraft("smtp.college.fr",
                    465, Security.TLS, "poste", WORKSTATION_PASSWORD.toCharArray(), null, false),
                    "Collège", "secretariat@college.fr", List.of("college.fr")));
            services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.PERSONAL, "Claire", "claire@gmail.com",
                    SettingsSource.OWN, null, new SmtpDraft("smtp.gmail.com", 587, Security.STARTTLS,
                    "claire@gmail.com", ACCOUNT_PASSWORD.toCharArray(), null, false), null, false, List.of(), null,
                    new ImapDraft("imap.gmail.com", null, Security.TLS, null, IMAP_PASSWORD.toCharArray(), null)));
            services.accounts().accounts().saveAnyway(admin, new AccountDraft(AccountKind.INSTITUTION, "Secrétariat",
                    "secretariat@college.fr", SettingsSource.WORKSTATION, null, null, null, false, List.of(), null));
            services.accounts().accounts().setSecretQuestion(admin, "Secrétariat", "Mot de la directrice ?",
                    SECRET_ANSWER.toCharArray());
            assertThat(services.accounts().profiles().hasPassword(services.accounts().profiles().find("Académie").orElseThrow())).isTrue();
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the database was written").anyMatch(p -> p.getFileName().toString().startsWith("missive"));
        List<String> found = new ArrayList<>();
        boolean hostFound = false;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            hostFound |= indexOf(content, "smtp.ac-lyon.fr".getBytes(StandardCharsets.UTF_8)) >= 0;
            for (String password : List.of(ACCOUNT_PASSWORD, PROFILE_PASSWORD, WORKSTATION_PASSWORD, IMAP_PASSWORD,
                    SECRET_ANSWER, FOLDED_ANSWER)) {
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    if (indexOf(content, password.getBytes(charset)) >= 0) {
                        found.add(folder.relativize(file) + " holds a password in " + charset);
                    }
                }
            }
        }
        assertThat(hostFound).as("the scan sees what the database wrote: the profile's server name").isTrue();
        assertThat(files).as("the secret question was written").anyMatch(f -> contains(f, "Mot de la directrice"));
        assertThat(found).isEmpty();
    }

    private static boolean contains(Path file, String text) {
        try {
            return indexOf(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8)) >= 0
                    || indexOf(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_16BE)) >= 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
