package fr.missive.model.accounts;

/** Where an account takes its SMTP settings from. */
public enum SettingsSource {
    /** "Use the workstation's settings": the server the administrator set for this PC. */
    WORKSTATION,
    /** A dispatching profile the administrator defined, recovered by name. */
    PROFILE,
    /** Settings typed for this account alone. */
    OWN
}
