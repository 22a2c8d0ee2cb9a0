package fr.missive.store.db;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes files and folders of the data folder readable by their owner only: the pupils' names and
 * addresses, the sent mail and the secret key are nobody else's business on a shared PC.
 *
 * <p>On Linux and macOS by POSIX modes (folders {@code rwx------}, files {@code rw-------}); on
 * Windows by an access list naming the owner alone, which on a folder is inherited by what is
 * created in it later. A file HSQLDB creates after the last tightening (its log rewritten at a
 * checkpoint) gets the process's default mode, but inside a folder of mode 0700 nobody else can
 * reach it; the next opening or closing tightens it too.
 */
public final class OwnerOnly {

    private static final Logger LOG = Logger.getLogger(OwnerOnly.class.getName());

    private OwnerOnly() {
    }

    /** Creates the folder (and missing parents) if needed, and restricts the folder itself. */
    public static void createFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
    }

    /**
     * As {@link #restrictTree(Path)}, but a folder this user may not change (another owner, a
     * file system without permissions) is left as it is rather than refusing to work in it.
     *
     * @return whether everything could be restricted
     */
    public static boolean tryRestrictTree(Path root) {
        try {
            restrictTree(root);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not make {0} readable by its owner only: {1}", new Object[] {root, e.toString()});
            return false;
        }
    }

    /** Restricts one file or folder to its owner (symbolic links are left alone). */
    public static void restrict(Path path) throws IOException {
        boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (Files.isSymbolicLink(path)) {
            return;
        }
        // Following links (none is left here) lets the JDK chmod by path. Not following them makes it
        // open the file to fchmod it, and closing that descriptor drops the process's own
        // fcntl locks on it: the folder lock of missive.lock would be lost.
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(List.of(ownerFullControl(Files.getOwner(path), directory)));
        }
    }

    private static AclEntry ownerFullControl(UserPrincipal owner, boolean directory) {
        AclEntry.Builder entry = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            // What HSQLDB and Missive create in the folder later gets the same single entry.
            entry.setFlags(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT));
        }
        return entry.build();
    }

    /** Restricts the folder and everything in it, without following links. */
    public static void restrictTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                restrictIfPresent(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isSymbolicLink()) {
                    restrictIfPresent(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** A file HSQLDB renames or deletes meanwhile (its log at a checkpoint) is no failure. */
    private static void restrictIfPresent(Path path) throws IOException {
        try {
            restrict(path);
        } catch (NoSuchFileException gone) {
            // nothing left to protect
        }
    }
}
