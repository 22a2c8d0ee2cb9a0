package fr.missive.app;

/** How Missive ends, for scripts: the same codes from the window and the command line. */
public final class ExitCodes {

    /** Done; or the user closed the window. */
    public static final int OK = 0;
    /** Failed: the message says why (for the window, the data folder could not be opened). */
    public static final int FAILED = 1;
    /** Bad arguments, or input that cannot be used; nothing was changed. */
    public static final int USAGE = 2;
    /** Another Missive has the data folder open. */
    public static final int ALREADY_RUNNING = 3;

    private ExitCodes() {
    }
}
