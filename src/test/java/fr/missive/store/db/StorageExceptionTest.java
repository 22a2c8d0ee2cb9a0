package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

@NoDatabase
class StorageExceptionTest {

    @Test
    void aFullDiskIsSaidInWordsTheUserCanActOn() {
        SQLException hsqldb = new SQLException("Data File input/output error: java.io.IOException: No space left on device");
        assertThat(StorageException.of(hsqldb).userMessage().key()).isEqualTo("storage.diskFull");
        assertThat(StorageException.of(new IOException("There is not enough space on the disk")).userMessage().key())
                .isEqualTo("storage.diskFull");
    }

    @Test
    void aReadOnlyFolderIsSaidAsSuch() {
        assertThat(StorageException.of(new IOException("/data/missive/db: Permission denied")).userMessage().key())
                .isEqualTo("storage.notWritable");
    }

    @Test
    void anythingElseKeepsTheCause() {
        StorageException e = StorageException.of(new SQLException("boom"));
        assertThat(e.userMessage().key()).isEqualTo("storage.failed");
        assertThat(e.userMessage().args()).containsExactly("boom");
        assertThat(e.getCause()).hasMessage("boom");
    }

    @Test
    void aWriteLostOnAFullDiskNamesTheDataFolderAndTheSpaceLeft(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        StorageException e = StorageException.diskFull(folder, new IOException("No space left on device"));
        assertThat(e.userMessage().key()).isEqualTo("storage.diskFullAt");
        assertThat(e.userMessage().args()).hasSize(2).first().isEqualTo(folder.toString());
        assertThat((Long) e.userMessage().args().get(1)).isEqualTo(DiskSpace.megabytes(DiskSpace.usableBytes(folder).orElseThrow()));
    }

    @Test
    void aWriteFailureWithRoomLeftIsNotCalledAFullDisk(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        org.junit.jupiter.api.Assumptions.assumeTrue(DiskSpace.usableBytes(folder).orElse(0) > 300L * 1024 * 1024,
                "the test's own disk has room");
        assertThat(StorageException.diskFull(folder, new IOException("Input/output error")).userMessage().key())
                .isEqualTo("storage.writeFailedAt");
    }
}
