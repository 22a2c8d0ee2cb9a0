package fr.missive.mail;

import fr.missive.model.mail.CertificateFingerprint;
import fr.missive.model.mail.ServerCertificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/** Turns the JDK's view of a certificate into the model's, for showing to an administrator. */
final class Certificates {

    private static final Pattern CN = Pattern.compile("(?:^|,)\\s*CN=([^,]+)");
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private Certificates() {
    }

    static ServerCertificate describe(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
        String issuer = certificate.getIssuerX500Principal().getName(X500Principal.RFC2253);
        try {
            return new ServerCertificate(subject, issuer, names(certificate, subject),
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                    CertificateFingerprint.of(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the handshake decoded cannot be encoded", e);
        }
    }

    /** The DNS names and IP addresses it is valid for; the subject's CN when it has none. */
    private static List<String> names(X509Certificate certificate, String subject) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    int type = (Integer) entry.get(0);
                    if (type == DNS_NAME || type == IP_ADDRESS) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // an unreadable extension: fall back on the common name below
        }
        if (names.isEmpty()) {
            Matcher m = CN.matcher(subject);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
