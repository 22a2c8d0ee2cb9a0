package fr.missive.store.institution;

import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import fr.missive.model.users.User;
import java.util.Optional;

/** The one institution of this PC. */
public interface InstitutionStore {

    Optional<Institution> find();

    Optional<Logo> findLogo();

    /** Updates the institution; the logo is replaced only when {@code logo} is present. */
    void save(Institution institution, Optional<Logo> logo);

    /**
     * The first run, all or nothing: the institution and its first administrator in one
     * transaction. Refused when an institution already exists.
     */
    User initialise(Institution institution, Optional<Logo> logo, User administrator);
}
