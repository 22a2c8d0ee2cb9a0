package fr.missive.ui.main;

/**
 * For the start-up benchmark ({@code installer/startup-bench.sh}) only: when the environment
 * variable {@code MISSIVE_STARTUP_PROBE} is set, the main window's first paint prints one line,
 * {@code missive-startup painted-at=EPOCH_MILLIS cpu-ms=CPU_MILLIS} (the process's CPU time so
 * far, which a busy machine distorts less than the wall clock), on standard error. Otherwise it
 * does nothing.
 */
final class StartupProbe {

    static final String VARIABLE = "MISSIVE_STARTUP_PROBE";

    private boolean pending;

    StartupProbe(boolean enabled) {
        this.pending = enabled;
    }

    static StartupProbe fromEnvironment() {
        return new StartupProbe(System.getenv(VARIABLE) != null);
    }

    /** Called on the EDT after each paint of the window's content; reports the first one. */
    void painted() {
        if (pending) {
            pending = false;
            long now = System.currentTimeMillis();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            System.err.println("missive-startup painted-at=" + now + " cpu-ms=" + cpu);
            System.err.flush();
        }
    }
}
