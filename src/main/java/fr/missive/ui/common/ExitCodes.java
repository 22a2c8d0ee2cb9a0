package fr.missive.ui.common;

/** The exit codes of the window, the same as the command line's. */
public final class ExitCodes {

    /** The user closed Missive. */
    public static final int OK = 0;
    /** The data folder could not be opened. */
    public static final int FAILED = 1;
    /** Another Missive has the data folder open. */
    public static final int ALREADY_RUNNING = 3;

    private ExitCodes() {
    }
}
