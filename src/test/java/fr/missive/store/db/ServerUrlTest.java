package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

@NoDatabase
class ServerUrlTest {

    @Test
    void tlsAskedForIsAlwaysVerifiedAgainstTheCaAndTheHostName() {
        assertThat(ServerUrl.withVerifiedTls("jdbc:postgresql://db.college.fr/missive?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db.college.fr/missive?sslmode=verify-full");
        assertThat(ServerUrl.withVerifiedTls("jdbc:postgresql://db.college.fr/missive?ssl=true&sslrootcert=/etc/ca.crt"))
                .isEqualTo("jdbc:postgresql://db.college.fr/missive?sslrootcert=/etc/ca.crt&sslmode=verify-full");
        assertThat(ServerUrl.withVerifiedTls("jdbc:postgresql://db.college.fr/missive?sslmode=verify-ca"))
                .isEqualTo("jdbc:postgresql://db.college.fr/missive?sslmode=verify-full");
    }

    @Test
    void aUrlThatAsksNoTlsIsLeftAsItIs() {
        assertThat(ServerUrl.withVerifiedTls("jdbc:postgresql://127.0.0.1:5432/missive"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/missive");
        assertThat(ServerUrl.withVerifiedTls("jdbc:postgresql://127.0.0.1/missive?connectTimeout=5"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/missive?connectTimeout=5");
    }

    @Test
    void aServerTargetNeverShowsItsPassword() {
        DatabaseTarget.Server server = new DatabaseTarget.Server("jdbc:postgresql://db/missive", "missive", "s3cret-Pa55");
        assertThat(server.toString()).contains("jdbc:postgresql://db/missive", "missive").doesNotContain("s3cret");
        assertThatThrownBy(() -> new DatabaseTarget.Server("jdbc:hsqldb:file:x", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
