package fr.missive.model.mail;

import java.time.Instant;
import java.util.List;

/**
 * What an administrator needs to see of a server's certificate before trusting it: who it was
 * issued to and by, for which names, until when, and its SHA-256 fingerprint to compare with
 * the one the provider publishes.
 */
public record ServerCertificate(String subject, String issuer, List<String> names, Instant notBefore,
                                Instant notAfter, CertificateFingerprint fingerprint) {

    public ServerCertificate {
        names = List.copyOf(names);
    }

    public boolean isSelfIssued() {
        return subject.equals(issuer);
    }
}
