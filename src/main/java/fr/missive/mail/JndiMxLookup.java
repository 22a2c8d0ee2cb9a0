package fr.missive.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/** MX records through the JDK's JNDI DNS provider, with the system's resolvers and a time limit. */
public final class JndiMxLookup implements MxLookup {

    private static final Logger LOG = Logger.getLogger(JndiMxLookup.class.getName());

    private final int timeoutMillis;
    private final String dnsServer;

    /** Asks the system's resolvers. */
    public JndiMxLookup(int timeoutMillis) {
        this(timeoutMillis, null);
    }

    /**
     * Asks one DNS server, {@code dns://host:port} (tests use one on loopback), or the system's
     * resolvers when null.
     */
    JndiMxLookup(int timeoutMillis, String dnsServer) {
        this.timeoutMillis = timeoutMillis;
        this.dnsServer = dnsServer;
    }

    /*
     * BanJNDI guards against JNDI lookups that deserialize objects chosen by a remote party. The
     * context factory here is pinned to the JDK's DNS provider, which only reads DNS records as
     * text, and only getAttributes is called: nothing is deserialized.
     */
    @SuppressWarnings("BanJNDI")
    @Override
    public List<String> mxHosts(String asciiDomain) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("com.sun.jndi.dns.timeout.initial", String.valueOf(timeoutMillis));
        env.put("com.sun.jndi.dns.timeout.retries", "1");
        if (dnsServer != null) {
            env.put("java.naming.provider.url", dnsServer);
        }
        DirContext context = null;
        try {
            context = new InitialDirContext(env);
            Attributes attributes = context.getAttributes(asciiDomain, new String[] {"MX"});
            Attribute mx = attributes.get("MX");
            if (mx == null) {
                return List.of();
            }
            List<String[]> records = new ArrayList<>();
            NamingEnumeration<?> values = mx.getAll();
            while (values.hasMore()) {
                String[] parts = String.valueOf(values.next()).strip().split("\\s+");
                if (parts.length == 2) {
                    records.add(parts);
                }
            }
            records.sort(Comparator.comparingInt(r -> parseOr(r[0])));
            return records.stream().map(r -> host(r[1])).toList();
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.FINE, "No MX answer for " + asciiDomain, e);
            return List.of();
        } finally {
            if (context != null) {
                try {
                    context.close();
                } catch (NamingException ignored) {
                    // nothing to release that matters
                }
            }
        }
    }

    private static int parseOr(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String host(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
