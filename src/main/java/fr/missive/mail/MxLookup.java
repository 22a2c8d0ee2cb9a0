package fr.missive.mail;

import java.util.List;

/** The mail exchangers (MX records) of a domain, behind an interface so tests never query DNS. */
public interface MxLookup {

    /** The MX host names, most preferred first, lower-case without the final dot; empty when none or unknown. */
    List<String> mxHosts(String asciiDomain);
}
