package fr.missive.store.users;

import fr.missive.model.users.User;
import java.util.List;
import java.util.Optional;

/** The people who work on this PC. */
public interface UserStore {

    List<User> findAll();

    Optional<User> findByName(String name);

    Optional<User> find(long id);

    /** Inserts (no id) or updates (id); returns the user with its id. */
    User save(User user);

    void delete(long id);
}
