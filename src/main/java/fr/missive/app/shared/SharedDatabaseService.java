package fr.missive.app.shared;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.mail.Password;
import fr.missive.model.users.User;
import fr.missive.store.db.Database;
import fr.missive.store.db.DatabaseTarget;
import fr.missive.store.db.PcRoles;
import fr.missive.store.db.ServerConnection;
import fr.missive.store.secrets.JoinFile;
import fr.missive.store.secrets.PassphraseSeal;
import fr.missive.store.secrets.SchoolPcs;
import fr.missive.store.secrets.SecretKeyFile;
import fr.missive.store.secrets.SecretKeyRotation;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The school's PCs on a shared database, for an administrator: a join file for a new PC (its own
 * database role made on the way), the list, and revoking a PC for real — its role dropped and
 * the school's secret key replaced, every stored secret encrypted again under the new one, which
 * only the PCs still listed are given.
 */
public final class SharedDatabaseService {

    private final Database db;
    private final Path dataFolder;
    private final Clock clock;
    private final SecureRandom random;
    private final PassphraseSeal seal;

    public SharedDatabaseService(Database db, Path dataFolder, Clock clock, SecureRandom random, PassphraseSeal seal) {
        this.db = db;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.random = random;
        this.seal = seal;
    }

    /** Whether this data folder's database is a shared one on a server. */
    public boolean isShared() {
        return !db.isEmbedded();
    }

    /**
     * Adds a PC to the list with a database role of its own and returns its join file, sealed
     * under the passphrase: the server's address, the role and its password, the school's key.
     */
    public byte[] addPc(User actor, String pcName, Password passphrase) {
        requireAdministratorOnServer(actor);
        String role = PcRoles.roleOf(pcName);
        if (new SchoolPcs(db).find(pcName).filter(pc -> !pc.revoked()).isPresent()) {
            throw new MissiveException(UserMessage.of("shared.pcExists", pcName));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Password rolePassword = Password.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        PcRoles roles = new PcRoles(db);
        roles.grantGroup();
        roles.create(pcName, rolePassword.reveal());
        new SchoolPcs(db).add(pcName, role, clock.instant());
        SecretKey key = currentKey();
        try {
            return new JoinFile(((DatabaseTarget.Server) db.target()).url(), pcName, role, rolePassword, key)
                    .seal(seal, passphrase);
        } finally {
            rolePassword.clear();
        }
    }

    /**
     * The first-run wizard's "join my school's shared database": checks the join file with its
     * passphrase and the server, then points this folder, whose own database nobody set up yet, at
     * the school's one. It takes effect when the folder is opened again. A failure a field of the
     * form is about comes as a {@link fr.missive.app.ValidationException} naming that field.
     */
    public void joinFromFirstRun(JoinRequest request) {
        if (!db.isEmbedded()) {
            throw new MissiveException(UserMessage.of("shared.folderInUse", dataFolder.toString()));
        }
        java.util.List<fr.missive.app.FieldError> missing = new java.util.ArrayList<>();
        if (request.joinFile() == null) {
            missing.add(new fr.missive.app.FieldError(SharedDatabaseForms.JOIN_FILE, SharedDatabaseForms.required()));
        }
        if (request.passphrase().isEmpty()) {
            missing.add(new fr.missive.app.FieldError(SharedDatabaseForms.PASSPHRASE, SharedDatabaseForms.required()));
        }
        if (!missing.isEmpty()) {
            throw new fr.missive.app.ValidationException(missing);
        }
        byte[] sealed;
        try {
            sealed = java.nio.file.Files.readAllBytes(request.joinFile());
        } catch (java.io.IOException | RuntimeException e) {
            throw fr.missive.app.ValidationException.of(SharedDatabaseForms.JOIN_FILE,
                    UserMessage.of("shared.joinFileUnreadable", request.joinFile().toString()));
        }
        Optional<SharedDatabaseSetup.Login> login = request.databaseUser().isBlank() ? Optional.empty()
                : Optional.of(new SharedDatabaseSetup.Login(request.databaseUser().strip(), request.databasePassword()));
        try {
            new SharedDatabaseSetup(clock, random, seal).joinBesideUnusedDatabase(dataFolder, sealed,
                    request.passphrase(), login);
        } catch (fr.missive.app.ValidationException e) {
            throw e;
        } catch (MissiveException e) {
            throw SharedDatabaseForms.forJoin(e, login.isPresent());
        }
    }

    /** Whether {@code actor} may move this folder up to a shared database: an administrator, on its own database. */
    public boolean canMoveUp(User actor) {
        return actor.isAdmin() && db.isEmbedded();
    }

    /**
     * The window's "move up to a shared database": this folder's database, open, copied into the
     * empty PostgreSQL database and checked, then the folder pointed at it (see
     * {@link SharedDatabaseSetup#moveUp}). The caller stops the delivery first and opens the
     * folder again afterwards. A failure a field is about names that field.
     */
    public SharedDatabaseSetup.Moved moveUp(User actor, MoveRequest request, SharedDatabaseSetup.MoveProgress progress,
                                            java.util.function.BooleanSupplier cancelled) {
        if (!actor.isAdmin()) {
            throw new MissiveException(UserMessage.of("users.adminOnly"));
        }
        String url = request.url();
        try {
            return new SharedDatabaseSetup(clock, random, seal).moveUp(db, dataFolder, url, request.user().strip(),
                    request.password(), request.pcName().strip(), progress, cancelled);
        } catch (fr.missive.app.ValidationException e) {
            throw e;
        } catch (MissiveException e) {
            throw SharedDatabaseForms.forMove(e);
        }
    }

    /** What the join form gives; {@code databaseUser} blank uses the role the join file carries. */
    public record JoinRequest(Path joinFile, Password passphrase, String databaseUser, Password databasePassword) {
    }

    /** The empty PostgreSQL database a folder moves up to, as the move form gives it. */
    public record MoveRequest(String host, String port, String database, String user, Password password,
                              String pcName) {

        /** Checked field by field, so the form marks each field at fault. */
        public MoveRequest {
            java.util.List<fr.missive.app.FieldError> errors = new java.util.ArrayList<>();
            requireText(errors, SharedDatabaseForms.HOST, host);
            if (!port.strip().matches("\\d{1,5}") || Integer.parseInt(port.strip()) < 1
                    || Integer.parseInt(port.strip()) > 65535) {
                errors.add(new fr.missive.app.FieldError(SharedDatabaseForms.PORT, UserMessage.of("shared.badPort")));
            }
            if (!database.strip().matches("[A-Za-z0-9_.-]+")) {
                errors.add(new fr.missive.app.FieldError(SharedDatabaseForms.DATABASE, database.isBlank()
                        ? SharedDatabaseForms.required() : UserMessage.of("shared.badDatabaseName")));
            }
            if (host.strip().matches(".*[/:?@\\s].*")) {
                errors.add(new fr.missive.app.FieldError(SharedDatabaseForms.HOST, UserMessage.of("shared.badHost")));
            }
            requireText(errors, SharedDatabaseForms.USER, user);
            requireText(errors, SharedDatabaseForms.PC_NAME, pcName);
            if (!errors.isEmpty()) {
                throw new fr.missive.app.ValidationException(errors);
            }
        }

        private static void requireText(java.util.List<fr.missive.app.FieldError> errors, String field, String value) {
            if (value.isBlank()) {
                errors.add(new fr.missive.app.FieldError(field, SharedDatabaseForms.required()));
            }
        }

        public String url() {
            return "jdbc:postgresql://" + host.strip() + ":" + port.strip() + "/" + database.strip();
        }
    }

    public List<SchoolPc> pcs() {
        return new SchoolPcs(db).list().stream().map(pc -> new SchoolPc(pc.name(), pc.role(),
                pc.revoked() ? SchoolPc.State.REVOKED : pc.joined() ? SchoolPc.State.JOINED : SchoolPc.State.WAITING))
                .toList();
    }

    /**
     * Revokes a PC: its role dropped (its open connections ended), then the school's key
     * replaced and every stored secret encrypted again, the new key wrapped for each PC still
     * listed, all in one transaction. This PC's key file gets the new key.
     *
     * @return how many stored secrets were encrypted again
     */
    public int revoke(User actor, String pcName) {
        requireAdministratorOnServer(actor);
        PcRoles.roleOf(pcName);
        SchoolPcs pcs = new SchoolPcs(db);
        SchoolPcs.Pc pc = pcs.find(pcName).filter(found -> !found.revoked())
                .orElseThrow(() -> new MissiveException(UserMessage.of("shared.unknownPc", pcName)));
        String thisPc = ServerConnection.load(dataFolder).map(ServerConnection::pcName).orElse("");
        if (pcName.equals(thisPc) || pc.role().equals(((DatabaseTarget.Server) db.target()).user())) {
            throw new MissiveException(UserMessage.of("shared.cannotRevokeSelf", pcName));
        }
        if (pc.role().startsWith("missive_pc_")) {
            new PcRoles(db).drop(pcName);
        }
        SecretKey current = currentKey();
        SecretKeyRotation rotation = new SecretKeyRotation(db, random);
        SecretKey next = rotation.newKey();
        int count = rotation.rotate(current, next,
                c -> pcs.revokeAndHandOver(c, pcName, next, clock.instant()));
        new SecretKeyFile(dataFolder).replace(next);
        return count;
    }

    private SecretKey currentKey() {
        return new SecretKeyFile(dataFolder).loadOrCreate(random);
    }

    private void requireAdministratorOnServer(User actor) {
        if (!actor.isAdmin()) {
            throw new MissiveException(UserMessage.of("users.adminOnly"));
        }
        if (!isShared()) {
            throw new MissiveException(UserMessage.of("shared.notShared"));
        }
    }
}
