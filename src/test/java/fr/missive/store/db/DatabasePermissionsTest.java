package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files HSQLDB writes while the database is open are out of other accounts' reach. */
@EmbeddedOnly // about the permissions of HSQLDB's files
class DatabasePermissionsTest {

    @TempDir
    Path folder;

    @Test
    void filesACheckpointWritesStayBehindAPrivateFolderAndAreTightenedAtClose() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX modes are checked where the file system has them");
        Database db = Database.open(folder, Database.OpeningListener.NONE);
        try {
            db.execute("CREATE TABLE pupil (name VARCHAR(40))");
            db.execute("INSERT INTO pupil VALUES ('Océane Bégué')");
            db.execute("CHECKPOINT");

            assertThat(mode(folder)).isEqualTo("rwx------");
            assertThat(mode(folder.resolve("db"))).as("what HSQLDB writes in it cannot be reached by others")
                    .isEqualTo("rwx------");
        } finally {
            db.close();
        }
        try (Stream<Path> files = Files.walk(folder.resolve("db"))) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty()
                    .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
        }
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
