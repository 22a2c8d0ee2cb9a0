package fr.missive.mail;

import fr.missive.model.mail.Security;

/**
 * A quick look at whether an SMTP server answers on a port in a security mode, for detection.
 * Behind an interface so tests use a fake or a server on loopback.
 */
public interface ServerProbe {

    /** True when the port greets in clear (NONE, STARTTLS) or speaks TLS (TLS) within the time limit. */
    boolean answers(String host, int port, Security security, int timeoutMillis);
}
