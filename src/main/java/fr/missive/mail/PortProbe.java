package fr.missive.mail;

/**
 * A second, short look at a port after the first connection failed in a way that suggests the
 * wrong security mode: does the port answer with an SMTP greeting in clear, or does it speak
 * TLS? Behind an interface so the diagnosis can be tested without a network.
 */
interface PortProbe {

    /** True when the port greets in clear ({@code 220 …}) as soon as one connects. */
    boolean greetsInClear();

    /** True when the port answers a TLS ClientHello with a certificate. */
    boolean speaksTls();

    PortProbe NONE = new PortProbe() {
        @Override
        public boolean greetsInClear() {
            return false;
        }

        @Override
        public boolean speaksTls() {
            return false;
        }
    };
}
