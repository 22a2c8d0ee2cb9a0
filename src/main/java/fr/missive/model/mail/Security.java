package fr.missive.model.mail;

/** How the connection to an SMTP server is encrypted. */
public enum Security {
    /** No encryption: only for a server on the school's own network, and never with a password by default. */
    NONE(25),
    /** Plain connection upgraded with STARTTLS, which is required: the test fails rather than go on in clear. */
    STARTTLS(587),
    /** TLS from the first byte ("SSL/TLS"). */
    TLS(465);

    private final int usualPort;

    Security(int usualPort) {
        this.usualPort = usualPort;
    }

    /** The port a provider usually gives for this mode (25, 587, 465). */
    public int usualPort() {
        return usualPort;
    }
}
