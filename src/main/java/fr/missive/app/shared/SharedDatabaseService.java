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
