package fr.missive.store.signatures;

import fr.missive.model.signatures.Signature;
import java.util.List;
import java.util.Optional;

/** Where signatures are kept. */
public interface SignatureStore {

    /** A user's own signatures, by name. */
    List<Signature> findByUser(long userId);

    /** An institution account's signatures, by name. */
    List<Signature> findByAccount(long accountId);

    Optional<Signature> find(long id);

    /** Inserts or (with an id) updates; when it is the default, the owner's others stop being. */
    Signature save(Signature signature);

    boolean delete(long id);

    /** Makes this signature its owner's default, the others not. */
    void makeDefault(long id);
}
