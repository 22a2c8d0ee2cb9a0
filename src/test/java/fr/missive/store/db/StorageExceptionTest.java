package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

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
}
