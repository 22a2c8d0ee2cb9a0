package fr.missive.app.setup;

import fr.missive.app.FieldError;
import fr.missive.app.ValidationException;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.institution.InstitutionService;
import fr.missive.app.users.UserDraft;
import fr.missive.app.users.UserService;
import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.store.institution.InstitutionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first start on an empty data folder: the institution and its first administrator,
 * written together or not at all, so a cancelled or failed wizard leaves nothing behind.
 */
public final class FirstRunService {

    private final InstitutionStore institutions;
    private final UserService users;

    public FirstRunService(InstitutionStore institutions, UserService users) {
        this.institutions = institutions;
        this.users = users;
    }

    public boolean isInitialised() {
        return institutions.find().isPresent();
    }

    /**
     * Validates everything first (errors from both pages reported together), then writes.
     *
     * @param logo may be {@code null}
     */
    public User initialise(InstitutionDraft institution, Path logo, UserDraft administrator) {
        List<FieldError> errors = new ArrayList<>();
        Institution valid = null;
        try {
            valid = InstitutionService.validate(institution);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        User admin = null;
        try {
            admin = users.prepareNew(new UserDraft(administrator.name(), administrator.email(), Role.ADMIN,
                    administrator.password()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> errors.add(new FieldError("admin." + err.field(), err.message())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Optional<Logo> readLogo = logo == null ? Optional.empty() : Optional.of(InstitutionService.readLogo(logo));
        return institutions.initialise(valid, readLogo, admin);
    }
}
