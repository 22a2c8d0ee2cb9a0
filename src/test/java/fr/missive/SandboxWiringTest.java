package fr.missive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.sandbox.DemoData;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.model.MissiveException;
import fr.missive.model.accounts.Account;
import fr.missive.model.users.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Sandbox folders open with their catcher and sample school; real folders never have a catcher. */
@ExtendWith(DataFolderExtension.class)
class SandboxWiringTest {

    @TempDir
    Path folder;

    @Test
    void aRealDataFolderHasNoCatcher(DataFolders dataFolders) {
        try (OpenDataFolder services = dataFolders.open(folder)) {
            assertThat(services.demoMailbox().active()).isFalse();
            assertThat(services.demoMailbox().messages()).isEmpty();
            assertThat(services.setup().firstRun().isInitialised()).isFalse();
        }
        assertThat(folder.resolve(SandboxFolder.MARKER)).doesNotExist();
    }

    @Test
    void aSandboxOpensOnItsSampleSchoolWithVerifiedAccountsPointedAtTheCatcher(DataFolders dataFolders) {
        Path sandbox = SandboxFolder.prepare(folder);
        assertThat(sandbox).isEqualTo(folder.resolve("sandbox"));
        int firstPort;
        try (OpenDataFolder services = dataFolders.open(sandbox)) {
            assertThat(services.demoMailbox().active()).isTrue();
            assertThat(services.setup().institution().find()).hasValueSatisfying(i -> assertThat(i.name())
                    .isEqualTo("Collège Jean-Moulin"));
            assertThat(services.setup().users().list()).extracting(User::name)
                    .containsExactlyInAnyOrder(DemoData.ADMIN, DemoData.STAFF);
            // 13 pupils and their 14 legal guardians.
            assertThat(services.contacts().contacts().count()).isEqualTo(27);
            assertThat(services.letters().templates().list()).hasSize(3);
            List<Account> accounts = accounts(services);
            assertThat(accounts).extracting(Account::name)
                    .containsExactlyInAnyOrder(DemoData.PERSONAL_ACCOUNT, DemoData.INSTITUTION_ACCOUNT);
            assertThat(accounts).allSatisfy(a -> {
                assertThat(a.smtp().host()).isEqualTo("127.0.0.1");
                assertThat(a.verified() || !a.isInstitution()).isTrue();
            });
            // The institution account's code went to the catcher, where the set-up read it.
            assertThat(services.demoMailbox().messages()).hasSize(1);
            firstPort = accounts.get(0).smtp().port();
        }
        try (OpenDataFolder again = dataFolders.open(sandbox)) {
            assertThat(again.contacts().contacts().count()).isEqualTo(27);
            assertThat(again.letters().templates().list()).hasSize(3);
            assertThat(again.demoMailbox().messages()).isEmpty();
            // Today's catcher has its own ports; the accounts follow it.
            assertThat(accounts(again)).allSatisfy(a -> assertThat(a.smtp().port()).isNotEqualTo(firstPort)
                    .isEqualTo(accounts(again).get(0).smtp().port()));
        }
    }

    @Test
    void aFolderHoldingDataIsNeverMadeASandbox() throws IOException {
        Files.createDirectories(folder.resolve("sandbox").resolve("db"));
        assertThatThrownBy(() -> SandboxFolder.prepare(folder)).isInstanceOfSatisfying(MissiveException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("sandbox.notASandbox"));
        assertThat(SandboxFolder.isSandbox(folder.resolve("sandbox"))).isFalse();
    }

    private static List<Account> accounts(OpenDataFolder services) {
        User admin = services.setup().users().find(DemoData.ADMIN).orElseThrow();
        return services.accounts().accounts().list(admin);
    }
}
