package fr.missive.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.model.MissiveException;
import fr.missive.model.mail.Password;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.db.Database;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.EmbeddedOnly;
import fr.missive.store.db.ServerConnection;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.secrets.AesGcmSecretStore;
import fr.missive.store.secrets.SchoolKeyHandover;
import fr.missive.store.secrets.SecretKeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The school's PCs on a real PostgreSQL server: making the shared database, joining it with a
 * join file, and revoking a PC — its role dropped and the school's key replaced. Runs once
 * (it makes its own server databases and roles), skipped with a message when no server is given,
 * failing in CI.
 */
@EmbeddedOnly
class SharedDatabaseTest {

    private static final List<String> ROLES = new ArrayList<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path temp;

    private DatabaseTarget.Server server;
    private final SharedDatabaseSetup setup = SharedDatabaseSetup.standard();

    @BeforeEach
    void requireServer() {
        TestDatabases.requireServer("test the shared database");
        server = TestDatabases.newServerDatabase();
    }

    @AfterAll
    static void dropRoles() throws SQLException {
        if (ROLES.isEmpty()) {
            return;
        }
        try (Connection c = TestDatabases.adminConnection(); Statement s = c.createStatement()) {
            for (String role : ROLES) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    void aJoinedPcOpensTheSchoolsDataWithItsOwnRoleAndReadsItsSecrets() throws Exception {
        Path first = temp.resolve("secretariat");
        User admin = createSchool(first);
        byte[] joinFile;
        String pc = pcName("vie_scolaire");
        try (OpenDataFolder a = Wiring.open(first, () -> { })) {
            joinFile = a.setup().sharedDatabase().addPc(admin, pc, Password.of("une phrase assez longue"));
            secretsOf(first, a).put("account:1:smtp", Password.of("mot-de-passe"));
        }
        Path second = temp.resolve("second");
        setup.join(second, joinFile, Password.of("une phrase assez longue"), Optional.empty());

        ServerConnection connection = ServerConnection.load(second).orElseThrow();
        assertThat(connection.user()).isEqualTo("missive_pc_" + pc);
        assertThat(Files.readString(second.resolve(ServerConnection.FILE_NAME))).doesNotContain(connection.password()
                .reveal());
        try (OpenDataFolder b = Wiring.open(second, () -> { })) {
            assertThat(b.setup().users().find(admin.name())).isPresent();
            assertThat(secretsOf(second, b).get("account:1:smtp")).map(Password::reveal).contains("mot-de-passe");
        }
    }

    @Test
    void aWrongPassphraseIsToldAndWritesNothing() {
        Path first = temp.resolve("secretariat");
        User admin = createSchool(first);
        byte[] joinFile;
        try (OpenDataFolder a = Wiring.open(first, () -> { })) {
            joinFile = a.setup().sharedDatabase().addPc(admin, pcName("cdi"), Password.of("la bonne phrase"));
        }
        Path second = temp.resolve("second");

        assertThatThrownBy(() -> setup.join(second, joinFile, Password.of("une autre phrase"), Optional.empty()))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("seal.wrongPassphrase"));
        assertThat(second).doesNotExist();
    }

    @Test
    void aRevokedPcCanNeitherConnectNorReadSecretsSavedAfterwards() throws Exception {
        Path first = temp.resolve("secretariat");
        User admin = createSchool(first);
        String revoked = pcName("intendance");
        String kept = pcName("direction");
        Path revokedFolder = temp.resolve(revoked);
        Path keptFolder = temp.resolve(kept);
        try (OpenDataFolder a = Wiring.open(first, () -> { })) {
            setup.join(revokedFolder, a.setup().sharedDatabase().addPc(admin, revoked, Password.of("phrase numéro un")),
                    Password.of("phrase numéro un"), Optional.empty());
            setup.join(keptFolder, a.setup().sharedDatabase().addPc(admin, kept, Password.of("phrase numéro deux")),
                    Password.of("phrase numéro deux"), Optional.empty());
            secretsOf(first, a).put("account:1:smtp", Password.of("avant"));
        }
        SecretKey oldKey = new SecretKeyFile(revokedFolder).loadOrCreate(RANDOM);
        DatabaseTarget.Server revokedTarget = ServerConnection.load(revokedFolder).orElseThrow().target();
        try (Connection stillOpen = java.sql.DriverManager.getConnection(revokedTarget.url(), revokedTarget.user(),
                revokedTarget.password())) {
            try (OpenDataFolder a = Wiring.open(first, () -> { })) {
                assertThat(a.setup().sharedDatabase().revoke(admin, revoked)).isEqualTo(1);
            }

            // Its open connection was ended, and a new one is refused by the server.
            assertThatThrownBy(() -> stillOpen.createStatement().executeQuery("SELECT 1"))
                    .isInstanceOf(SQLException.class);
        }
        assertThatThrownBy(() -> Database.open(revokedTarget, Database.OpeningListener.NONE))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("storage.serverLoginRefused"));
        assertThatThrownBy(() -> Wiring.open(revokedFolder, () -> { }))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("storage.serverLoginRefused"));

        // The PC kept picks the new key up at its next opening, reads the old secret and saves a new one.
        try (OpenDataFolder b = Wiring.open(keptFolder, () -> { })) {
            AesGcmSecretStore keptSecrets = secretsOf(keptFolder, b);
            assertThat(keptSecrets.get("account:1:smtp")).map(Password::reveal).contains("avant");
            keptSecrets.put("account:2:smtp", Password.of("après"));
        }
        SecretKey newKey = new SecretKeyFile(keptFolder).loadOrCreate(RANDOM);
        assertThat(newKey.getEncoded()).isNotEqualTo(oldKey.getEncoded());
        assertThat(new SecretKeyFile(first).loadOrCreate(RANDOM).getEncoded()).isEqualTo(newKey.getEncoded());
        // Whoever kept the old key (a dump of the database and the revoked PC's folder) reads nothing.
        try (Database db = Database.open(server, Database.OpeningListener.NONE)) {
            AesGcmSecretStore withOldKey = new AesGcmSecretStore(db, oldKey, RANDOM);
            assertThatThrownBy(() -> withOldKey.get("account:2:smtp")).isInstanceOfSatisfying(MissiveException.class,
                    e -> assertThat(e.userMessage().key()).isEqualTo("secrets.unreadable"));
            assertThatThrownBy(() -> withOldKey.get("account:1:smtp")).isInstanceOf(MissiveException.class);
        }
    }

    @Test
    void aJoinFileWrittenBeforeARevocationIsToldOutdated() {
        Path first = temp.resolve("secretariat");
        User admin = createSchool(first);
        String revoked = pcName("cpe");
        byte[] late;
        try (OpenDataFolder a = Wiring.open(first, () -> { })) {
            setup.join(temp.resolve(revoked), a.setup().sharedDatabase().addPc(admin, revoked,
                    Password.of("phrase numéro un")), Password.of("phrase numéro un"), Optional.empty());
            late = a.setup().sharedDatabase().addPc(admin, pcName("tardif"), Password.of("phrase numéro deux"));
            a.setup().sharedDatabase().revoke(admin, revoked);
        }

        assertThatThrownBy(() -> setup.join(temp.resolve("late"), late, Password.of("phrase numéro deux"),
                Optional.empty())).isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("shared.joinFileOutdated"));
        assertThat(temp.resolve("late")).doesNotExist();
    }

    @Test
    void theSharedDatabaseIsMadeOnlyInAnEmptyDatabase() {
        createSchool(temp.resolve("secretariat"));

        assertThatThrownBy(() -> setup.create(temp.resolve("again"), server.url(), server.user(),
                Password.of(server.password()), "pc2"))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("shared.alreadyMissive"));
        assertThat(temp.resolve("again")).doesNotExist();
    }

    private User createSchool(Path folder) {
        String pc = pcName("secretariat");
        setup.create(folder, server.url(), server.user(), Password.of(server.password()), pc);
        try (OpenDataFolder a = Wiring.open(folder, () -> { })) {
            return a.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of(), "", "",
                    "", null), null, new UserDraft("Claire Martin", null, Role.ADMIN, null));
        }
    }

    /** The folder's secrets as its wiring reads them (the key handed to this PC). */
    private static AesGcmSecretStore secretsOf(Path folder, OpenDataFolder open) {
        Database db = Database.open(ServerConnection.load(folder).orElseThrow().target(),
                Database.OpeningListener.NONE);
        OPENED.add(db);
        String pc = ServerConnection.load(folder).orElseThrow().pcName();
        return new AesGcmSecretStore(db, SchoolKeyHandover.keyFor(db, folder, pc, RANDOM), RANDOM);
    }

    private static final List<Database> OPENED = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void closeOpened() {
        OPENED.forEach(Database::close);
        OPENED.clear();
    }

    /** Roles are the server's, not the database's: each test run names its PCs afresh. */
    private static String pcName(String base) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        String name = base + "_" + HexFormat.of().formatHex(suffix);
        ROLES.add("missive_pc_" + name);
        return name;
    }

}
