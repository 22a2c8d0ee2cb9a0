package fr.missive.app.returns;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name under which this process holds a mailbox's reading, as other workstations see it. */
public final class ReturnsHolder {

    private ReturnsHolder() {
    }

    /** The computer's name and the process id: the window and a command line on one PC take turns too. */
    public static String thisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + ":" + ProcessHandle.current().pid();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
