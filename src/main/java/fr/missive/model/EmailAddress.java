package fr.missive.model;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A syntactically valid e-mail address: an ASCII local part (RFC 5322 dot-atom) and a domain
 * that has at least one dot. Internationalised domains are accepted; the domain is kept in
 * Unicode, lower-cased, for display, and {@link #toAscii()} gives the punycode form to hand to
 * an SMTP server that does not speak SMTPUTF8.
 *
 * <p>Written here rather than taken from a library: the JDK's {@link IDN} does the hard part
 * (IDNA conversion and label length rules) and the validators on offer either refuse
 * internationalised domains or pull in a dependency tree for a dozen lines of rules.
 */
public final class EmailAddress {

    /** Why a text is not an e-mail address; the UI turns each into a sentence. */
    public enum Problem {
        EMPTY, NO_AT_SIGN, SEVERAL_AT_SIGNS, BAD_LOCAL_PART, BAD_DOMAIN, DOMAIN_WITHOUT_DOT, TOO_LONG
    }

    /** Thrown by {@link #parse(String)}; carries the {@link Problem} and the text refused. */
    public static final class InvalidEmailAddressException extends IllegalArgumentException {
        private final Problem problem;
        private final String input;

        InvalidEmailAddressException(Problem problem, String input) {
            super(problem + ": " + input);
            this.problem = problem;
            this.input = input;
        }

        public Problem problem() {
            return problem;
        }

        public String input() {
            return input;
        }
    }

    private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern ASCII_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    private final String localPart;
    private final String domain;
    private final String asciiDomain;

    private EmailAddress(String localPart, String domain, String asciiDomain) {
        this.localPart = localPart;
        this.domain = domain;
        this.asciiDomain = asciiDomain;
    }

    /**
     * Parses a typed or imported address: surrounding white space is trimmed and the domain
     * lower-cased (the local part keeps its case, which the receiving server may honour).
     */
    public static EmailAddress parse(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new InvalidEmailAddressException(Problem.EMPTY, input);
        }
        int at = input.indexOf('@');
        if (at < 0) {
            throw new InvalidEmailAddressException(Problem.NO_AT_SIGN, input);
        }
        if (input.indexOf('@', at + 1) >= 0) {
            throw new InvalidEmailAddressException(Problem.SEVERAL_AT_SIGNS, input);
        }
        String local = input.substring(0, at);
        String rawDomain = input.substring(at + 1);
        if (local.isEmpty() || local.length() > 64 || !isDotAtom(local)) {
            throw new InvalidEmailAddressException(Problem.BAD_LOCAL_PART, input);
        }
        String domain = rawDomain.toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            throw new InvalidEmailAddressException(Problem.BAD_DOMAIN, input);
        }
        String ascii;
        if (isAscii(domain)) {
            // Nearly every address: the label checks below are all IDNA would do.
            ascii = domain;
        } else {
            try {
                ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new InvalidEmailAddressException(Problem.BAD_DOMAIN, input);
            }
        }
        if (ascii.isEmpty()) {
            throw new InvalidEmailAddressException(Problem.BAD_DOMAIN, input);
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidEmailAddressException(Problem.DOMAIN_WITHOUT_DOT, input);
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || !ASCII_LABEL.matcher(label).matches()) {
                throw new InvalidEmailAddressException(Problem.BAD_DOMAIN, input);
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new InvalidEmailAddressException(Problem.BAD_DOMAIN, input);
        }
        if (local.length() + 1 + ascii.length() > 254) {
            throw new InvalidEmailAddressException(Problem.TOO_LONG, input);
        }
        String unicode = ascii.contains("xn--") ? IDN.toUnicode(ascii) : ascii;
        return new EmailAddress(local, unicode, ascii);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when {@link #parse(String)} would accept the text. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidEmailAddressException e) {
            return false;
        }
    }

    private static boolean isDotAtom(String local) {
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (String atom : local.split("\\.")) {
            if (!ATOM.matcher(atom).matches()) {
                return false;
            }
        }
        return true;
    }

    public String localPart() {
        return localPart;
    }

    /** The domain as people read it, e.g. {@code élève.fr}. */
    public String domain() {
        return domain;
    }

    /** The address with its domain in ASCII (punycode), e.g. {@code rachid@xn--lve-6lad.fr}. */
    public String toAscii() {
        return localPart + "@" + asciiDomain;
    }

    /** The address as people read it, e.g. {@code rachid@élève.fr}. */
    @Override
    public String toString() {
        return localPart + "@" + domain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other
                && localPart.equals(other.localPart)
                && asciiDomain.equals(other.asciiDomain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localPart, asciiDomain);
    }
}
