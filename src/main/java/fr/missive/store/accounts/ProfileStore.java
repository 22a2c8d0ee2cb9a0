package fr.missive.store.accounts;

import fr.missive.model.accounts.DispatchingProfile;
import java.util.List;
import java.util.Optional;

/** The dispatching profiles of this PC. */
public interface ProfileStore {

    List<DispatchingProfile> findAll();

    Optional<DispatchingProfile> find(long id);

    Optional<DispatchingProfile> findByName(String name);

    /** Inserts (no id) or updates (id); returns the profile with its id. */
    DispatchingProfile save(DispatchingProfile profile);

    /** True when an account or the workstation still uses the profile. */
    boolean inUse(long id);

    /** The names of the accounts that send through the profile, sorted. */
    List<String> accountsUsing(long id);

    /** True when the workstation's settings are the profile's. */
    boolean usedByWorkstation(long id);

    void delete(long id);
}
