package fr.missive.app.letters;

import fr.missive.model.contacts.Contact;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names of the letters of one batch, from the contact's names: "BÈGUE Océane.pdf".
 * Accents are kept (in composed form, as Windows and macOS both show them); characters Windows
 * refuses become "_"; a trailing dot or space, which Windows drops, is removed; device names
 * (CON, PRN, AUX, NUL, COM1…, LPT1…) get a "_"; names that differ only by case are numbered
 * "(2)", "(3)" … since Windows sees them as the same file.
 */
public final class PdfFileNames {

    /** Leaves room for the folder within Windows' 260-character paths. */
    static final int MAX_BASE_LENGTH = 100;

    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

    private final Set<String> taken = new HashSet<>();

    /** A name not given yet in this batch, with the {@code .pdf} extension. */
    public String next(Contact contact) {
        return unique(base(contact));
    }

    /**
     * A name not given yet in this batch for a letter: the contact's names, and for a letter about
     * a pupil written to a guardian, the pupil's then the guardian's ("DURAND Anaïs - MARTIN Paul").
     */
    public String next(LetterRecipient letter) {
        if (!letter.aboutSomeoneElse()) {
            return next(letter.about());
        }
        Contact to = letter.addressee();
        return unique(safe(base(letter.about()) + " - " + (to.lastName() + " " + to.firstName()).strip()));
    }

    private static String base(Contact contact) {
        String base = safe((contact.lastName() + " " + contact.firstName()).strip());
        return base.isEmpty() ? "contact-" + (contact.id() == null ? "" : contact.id()) : base;
    }

    private String unique(String base) {
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " (" + n + ")";
        }
        return name + ".pdf";
    }

    /** The text as a file name Windows accepts, without extension; empty when nothing is left. */
    public static String safe(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = FORBIDDEN.matcher(s).replaceAll("_");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.length() > MAX_BASE_LENGTH) {
            int cut = MAX_BASE_LENGTH;
            if (Character.isLowSurrogate(s.charAt(cut))) {
                cut--;
            }
            s = s.substring(0, cut);
        }
        s = s.replaceAll("[. ]+$", "");
        if (DEVICE.matcher(s).matches()) {
            s = s + "_";
        }
        return s;
    }
}
