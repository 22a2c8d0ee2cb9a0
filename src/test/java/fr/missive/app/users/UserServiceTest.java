package fr.missive.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.app.ValidationException;
import fr.missive.model.MissiveException;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.db.Database;
import fr.missive.store.db.TestDatabases;
import fr.missive.store.users.JdbcUserStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserServiceTest {

    @TempDir
    Path folder;

    private Database db;
    private UserService users;
    private User admin;

    @BeforeEach
    void openFolder() {
        db = TestDatabases.open(folder);
        users = new UserService(new JdbcUserStore(db), new PasswordHasher(1_000));
        admin = new JdbcUserStore(db).save(users.prepareNew(new UserDraft("Claire Martin", "claire@college.fr",
                Role.ADMIN, null)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesOnlyASaltedHashOfThePassword() {
        users.add(admin, new UserDraft("Paul", null, Role.STAFF, "s3cret!".toCharArray()));
        User paul = users.find("paul").orElseThrow();
        assertThat(paul.passwordHash()).startsWith("pbkdf2-sha256$1000$").doesNotContain("s3cret");
        users.add(admin, new UserDraft("Anne", null, Role.STAFF, "s3cret!".toCharArray()));
        assertThat(users.find("Anne").orElseThrow().passwordHash()).isNotEqualTo(paul.passwordHash());
    }

    @Test
    void signInChecksThePassword() {
        users.add(admin, new UserDraft("Paul", null, Role.STAFF, "s3cret!".toCharArray()));
        assertThat(users.signIn("Paul", "s3cret!".toCharArray()).name()).isEqualTo("Paul");
        assertThatThrownBy(() -> users.signIn("Paul", "wrong".toCharArray()))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("signin.wrongPassword"));
        assertThatThrownBy(() -> users.signIn("Nobody", null))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("signin.unknownUser"));
    }

    @Test
    void signInIsAskedOnlyWithSeveralUsersOrAPassword() {
        assertThat(users.signInRequired()).isFalse();
        assertThat(users.soleUser()).contains(admin);
        users.add(admin, new UserDraft("Paul", null, Role.STAFF, null));
        assertThat(users.signInRequired()).isTrue();
    }

    @Test
    void onlyAdministratorsManageUsers() {
        User staff = users.add(admin, new UserDraft("Paul", null, Role.STAFF, null));
        assertThatThrownBy(() -> users.add(staff, new UserDraft("Anne", null, Role.STAFF, null)))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("users.adminOnly"));
    }

    @Test
    void theLastAdministratorStays() {
        assertThatThrownBy(() -> users.update(admin, admin.id(), new UserDraft("Claire Martin", null, Role.STAFF, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("role")).isPresent());
        assertThatThrownBy(() -> users.delete(admin, admin.id())).isInstanceOf(MissiveException.class);
    }

    @Test
    void refusesDuplicateNamesAndBadAddressesOnTheirFields() {
        assertThatThrownBy(() -> users.add(admin, new UserDraft("claire martin", "not-an-address", Role.STAFF, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorFor("name")).get().extracting(m -> m.key()).isEqualTo("users.nameTaken");
                    assertThat(e.errorFor("email")).get().extracting(m -> m.key()).isEqualTo("email.problem.NO_AT_SIGN");
                });
    }

    @Test
    void aPasswordCanBeChangedAndRemoved() {
        User paul = users.add(admin, new UserDraft("Paul", null, Role.STAFF, "one".toCharArray()));
        users.update(admin, paul.id(), new UserDraft("Paul", null, Role.STAFF, "two".toCharArray()));
        assertThat(users.signIn("Paul", "two".toCharArray())).isNotNull();
        users.update(admin, paul.id(), new UserDraft("Paul", null, Role.STAFF, new char[0]));
        assertThat(users.find("Paul").orElseThrow().hasPassword()).isFalse();
    }
}
