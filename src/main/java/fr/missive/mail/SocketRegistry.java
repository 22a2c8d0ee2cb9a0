package fr.missive.mail;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every socket one attempt opens, so that a cancel from another thread can close them all: a
 * blocked read or connect then fails at once. Closing the transport instead would wait, since
 * Angus's SMTPTransport holds its monitor for the whole of connect and send.
 */
final class SocketRegistry {

    private final List<Socket> sockets = new ArrayList<>();
    private boolean cancelled;

    /** Keeps the socket, or closes it and fails when the attempt is already cancelled. */
    synchronized <S extends Socket> S register(S socket) throws SocketException {
        if (cancelled) {
            closeQuietly(socket);
            throw new SocketException("cancelled");
        }
        sockets.add(socket);
        return socket;
    }

    synchronized void checkNotCancelled() throws SocketException {
        if (cancelled) {
            throw new SocketException("cancelled");
        }
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        List<Socket> toClose;
        synchronized (this) {
            cancelled = true;
            toClose = new ArrayList<>(sockets);
        }
        toClose.forEach(SocketRegistry::closeQuietly);
    }

    void closeAll() {
        List<Socket> toClose;
        synchronized (this) {
            toClose = new ArrayList<>(sockets);
            sockets.clear();
        }
        toClose.forEach(SocketRegistry::closeQuietly);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing to abort: nothing more to do
        }
    }
}
