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

    /**
     * As {@link #save(Signature)}, recording {@code by} as the last to change it; an update checks
     * that the stored version is still {@code basedOn} (null: no check).
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved it meanwhile
     */
    Signature save(Signature signature, Long basedOn, String by);

    /** The signature's version, for an editor that will save it; empty when there is none of that id. */
    Optional<fr.missive.model.RecordVersion> versionOf(long id);

    boolean delete(long id);

    /** Makes this signature its owner's default, the others not. */
    void makeDefault(long id);
}
