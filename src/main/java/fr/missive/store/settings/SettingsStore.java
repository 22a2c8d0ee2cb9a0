package fr.missive.store.settings;

import java.util.Optional;

/** Small named values: preferences, window positions, workstation options. */
public interface SettingsStore {

    Optional<String> get(String name);

    void put(String name, String value);
}
