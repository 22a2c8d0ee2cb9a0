package fr.missive.store.accounts;

import fr.missive.model.accounts.WorkstationSettings;

/** The e-mail settings of this PC: one record. */
public interface WorkstationStore {

    /** The settings, or {@link WorkstationSettings#NONE} before the administrator set any. */
    WorkstationSettings load();

    void save(WorkstationSettings settings);
}
