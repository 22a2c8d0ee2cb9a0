package fr.missive.app.institution;

import fr.missive.app.Validator;
import fr.missive.app.users.UserService;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.PostalAddress;
import fr.missive.model.institution.Institution;
import fr.missive.model.institution.Logo;
import fr.missive.model.users.User;
import fr.missive.store.institution.InstitutionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The school's identity: name, address, phone, logo, default sender name. */
public final class InstitutionService {

    /**
     * A scan or a print shop's file straight from the camera is often several megabytes: it is
     * accepted as is, and the letters scale it to 300 dpi of its printed box when they use it.
     */
    public static final int MAX_LOGO_BYTES = 20 * 1024 * 1024;

    private final InstitutionStore store;

    public InstitutionService(InstitutionStore store) {
        this.store = store;
    }

    public Optional<Institution> find() {
        return store.find();
    }

    public Optional<Logo> logo() {
        return store.findLogo();
    }

    public void update(User actor, InstitutionDraft draft, Path newLogo) {
        UserService.requireAdmin(actor);
        Institution institution = validate(draft);
        store.save(institution, newLogo == null ? Optional.empty() : Optional.of(readLogo(newLogo)));
    }

    /** Checks the draft; the field names are those of the draft's components. */
    public static Institution validate(InstitutionDraft draft) {
        Validator v = new Validator()
                .require("name", draft.name())
                .maxLength("name", draft.name(), 200)
                .maxLength("postcode", draft.postcode(), 20)
                .maxLength("city", draft.city(), 200)
                .maxLength("phone", draft.phone(), 50)
                .maxLength("senderName", draft.senderName(), 200);
        if (draft.addressLines().stream().filter(l -> l != null && !l.isBlank()).count() > PostalAddress.MAX_LINES) {
            v.add("addressLines", UserMessage.of("validation.tooManyAddressLines", PostalAddress.MAX_LINES));
        }
        v.throwIfInvalid();
        return new Institution(draft.name(), new PostalAddress(draft.addressLines(), draft.postcode(),
                draft.city(), ""), draft.phone(), draft.senderName());
    }

    /** Reads a PNG or JPEG logo, recognised by its first bytes rather than its file name. */
    public static Logo readLogo(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_LOGO_BYTES) {
                throw new MissiveException(UserMessage.of("institution.logoTooLarge", MAX_LOGO_BYTES / 1024 / 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MissiveException(UserMessage.of("institution.logoUnreadable", file.toString()), e);
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return new Logo(bytes, "image/png");
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return new Logo(bytes, "image/jpeg");
        }
        throw new MissiveException(UserMessage.of("institution.logoNotImage", file.getFileName().toString()));
    }
}
