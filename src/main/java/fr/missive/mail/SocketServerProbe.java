package fr.missive.mail;

import fr.missive.model.mail.Security;

/** Probes with real sockets, sending no more than a TLS ClientHello (see {@link SocketPortProbe}). */
public final class SocketServerProbe implements ServerProbe {

    @Override
    public boolean answers(String host, int port, Security security, int timeoutMillis) {
        PortProbe probe = new SocketPortProbe(host, port, timeoutMillis, new SocketRegistry());
        return security == Security.TLS ? probe.speaksTls() : probe.greetsInClear();
    }
}
