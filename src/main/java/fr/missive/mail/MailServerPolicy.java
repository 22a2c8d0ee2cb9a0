package fr.missive.mail;

import java.util.Set;

/**
 * The mail servers this process may connect to. A real data folder may reach any server; a
 * sandbox only its own demonstration mail catcher, on the loopback address and its ports, so
 * that nothing typed into the sandbox can send real mail.
 */
public final class MailServerPolicy {

    private static final String LOOPBACK = "127.0.0.1";

    private final Set<Integer> loopbackPorts;

    private MailServerPolicy(Set<Integer> loopbackPorts) {
        this.loopbackPorts = loopbackPorts;
    }

    /** Any server: the policy of real data folders. */
    public static MailServerPolicy anyServer() {
        return new MailServerPolicy(null);
    }

    /** Only 127.0.0.1, given as that literal address (no name to resolve), on one of these ports. */
    public static MailServerPolicy onlyLoopback(Set<Integer> ports) {
        return new MailServerPolicy(Set.copyOf(ports));
    }

    public boolean allows(String host, int port) {
        return loopbackPorts == null || (LOOPBACK.equals(host) && loopbackPorts.contains(port));
    }

    /** True for a sandbox's policy. */
    public boolean restricted() {
        return loopbackPorts != null;
    }
}
