package fr.missive.store.accounts;

import fr.missive.model.accounts.Account;
import fr.missive.model.mail.CertificateFingerprint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;

/** The e-mail accounts, who may use them, and the pending verification codes. */
public interface AccountStore {

    List<Account> findAll();

    Optional<Account> find(long id);

    Optional<Account> findByName(String name);

    /** Inserts (no id) or updates (id) the account and its authorised users; returns it with its id. */
    Account save(Account account);

    /**
     * As {@link #save(Account)}, recording {@code by} as the last to change it; an update checks
     * that the stored version is still {@code basedOn} (null: no check).
     *
     * @throws fr.missive.model.ChangedMeanwhileException when someone saved it meanwhile
     */
    Account save(Account account, Long basedOn, String by);

    /** The account's version, for an editor that will save it; empty when there is none of that id. */
    java.util.Optional<fr.missive.model.RecordVersion> versionOf(long id);

    void delete(long id);

    /** A code hash waiting for confirmation, and when it expires. */
    record PendingCode(byte[] hash, Instant expiresAt) {
    }

    void savePendingCode(long accountId, PendingCode code);

    Optional<PendingCode> pendingCode(long accountId);

    /** Counts a wrong code typed; returns how many wrong codes were typed for the pending one. */
    int recordFailure(long accountId);

    /** Forgets the pending code, so a new one must be sent. */
    void forgetPendingCode(long accountId);

    /** Marks the account verified and forgets its code, in one transaction. */
    void markVerified(long accountId);

    /** The question a user must answer to change an institution account, and the salted hash of its answer. */
    record SecretQuestion(String question, String answerHash) {
    }

    Optional<SecretQuestion> secretQuestion(long accountId);

    /** Sets the account's secret question, or removes it when {@code question} is null. */
    void saveSecretQuestion(long accountId, SecretQuestion question);

    /** The largest message the account's server advertised (EHLO SIZE), in bytes, when one was seen. */
    OptionalLong advertisedMaxSize(long accountId);

    /** Remembers the SIZE the account's server advertised in its EHLO reply. */
    void rememberAdvertisedMaxSize(long accountId, long bytes, Instant seenAt);

    /**
     * The certificates an administrator trusted for this host name, on whichever port they were
     * seen: one trust serves the host's SMTP and IMAP alike.
     */
    Set<CertificateFingerprint> pinnedCertificates(String host);

    /** The certificate to trust first for this host and port: the one pinned on that port, else another of the host's. */
    Optional<CertificateFingerprint> pinnedCertificate(String host, int port);

    /** Trusts a certificate for a host name, recorded as seen on {@code port} (replacing the pin of that port). */
    void pinCertificate(String host, int port, CertificateFingerprint fingerprint);
}
