package fr.missive.store.secrets;

import fr.missive.model.mail.Password;
import java.util.Optional;

/**
 * Where passwords (and later OAuth tokens) are kept, by name ({@code account:12:smtp}). Never
 * in clear: an implementation encrypts them or hands them to the OS key store.
 *
 * <p>It sits in {@code store} rather than {@code app} because the layers only point down: the
 * use cases depend on it as they depend on the other stores. An OS key store (Windows Credential
 * Manager, macOS Keychain, Secret Service) would be a second implementation of this interface,
 * chosen by the wiring; only {@link AesGcmSecretStore} exists so far.
 */
public interface SecretStore {

    /** Stores or replaces the secret; the caller may clear its copy afterwards. */
    void put(String name, Password secret);

    /** The secret, or empty when none is stored under this name. */
    Optional<Password> get(String name);

    void delete(String name);

    /** True when a secret is stored under this name; it is not kept in memory. */
    default boolean has(String name) {
        return get(name).map(secret -> {
            secret.clear();
            return true;
        }).orElse(false);
    }
}
