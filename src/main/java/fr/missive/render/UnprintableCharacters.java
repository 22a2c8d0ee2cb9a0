package fr.missive.render;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.letters.LetterContent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Looks for characters the letter's fonts have no glyph for (a name in Chinese script, an emoji)
 * before anything is drawn, so that the user is told which characters and where rather than
 * finding empty boxes on paper. The message names every such character of the letter and the
 * first place it appears: letterhead, recipient's address, place and date, subject, a line of
 * the text, or the signature.
 */
final class UnprintableCharacters {

    /** Where a text of the letter comes from; the message key ends with the name in lower camel case. */
    enum Part {
        LETTERHEAD("letterhead"), ADDRESS("address"), PLACE_AND_DATE("placeAndDate"), SUBJECT("subject"),
        BODY("body"), SIGNATURE("signature");

        private final String key;

        Part(String key) {
            this.key = key;
        }

        String messageKey() {
            return "letters.pdf.missingGlyphs." + key;
        }
    }

    private static final int MAX_LISTED = 10;
    private static final int EXCERPT_LENGTH = 60;

    private UnprintableCharacters() {
    }

    /** One text of the letter, {@code line} counted from 1 within its part. */
    private record Text(Part part, int line, String text) {
    }

    /**
     * @throws MissiveException {@code letters.pdf.missingGlyphs.<part>} with the characters
     *         ("汉 (U+6C49), 字 (U+5B57)"), the line number within the part and the line itself
     */
    static void check(LetterContent letter) {
        Set<Integer> missing = new LinkedHashSet<>();
        Text first = null;
        for (Text text : texts(letter)) {
            int before = missing.size();
            text.text().codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                    && !LetterFonts.covers(cp)).forEach(missing::add);
            if (first == null && missing.size() > before) {
                first = text;
            }
        }
        if (first != null) {
            throw new MissiveException(UserMessage.of(first.part().messageKey(), describe(missing), first.line(),
                    excerpt(first.text(), missing)));
        }
    }

    /** Every text of the letter as printed (composed characters), the body still in Markdown. */
    static List<String> printedTexts(LetterContent letter) {
        return texts(letter).stream().map(Text::text).toList();
    }

    private static List<Text> texts(LetterContent letter) {
        List<Text> texts = new ArrayList<>();
        var institution = letter.institution();
        List<String> head = new ArrayList<>();
        head.add(institution.name());
        head.addAll(institution.address().lines());
        head.add(institution.address().postcode() + " " + institution.address().city());
        head.add(institution.phone());
        add(texts, Part.LETTERHEAD, head);
        add(texts, Part.ADDRESS, letter.recipientLines());
        add(texts, Part.PLACE_AND_DATE, List.of(letter.placeAndDate()));
        add(texts, Part.SUBJECT, List.of(letter.subject()));
        add(texts, Part.BODY, letter.body().lines().toList());
        add(texts, Part.SIGNATURE, List.of(letter.signatureFunction(), letter.signatureName()));
        return texts;
    }

    private static void add(List<Text> texts, Part part, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            texts.add(new Text(part, i + 1, PdfLetterRenderer.clean(lines.get(i))));
        }
    }

    private static String describe(Set<Integer> missing) {
        List<String> listed = new ArrayList<>();
        for (int codePoint : missing) {
            if (listed.size() == MAX_LISTED) {
                listed.add("…");
                break;
            }
            listed.add(Character.toString(codePoint) + " (U+" + String.format(Locale.ROOT, "%04X", codePoint) + ")");
        }
        return String.join(", ", listed);
    }

    /** The line around its first unprintable character, Markdown escapes removed. */
    private static String excerpt(String line, Set<Integer> missing) {
        String shown = line.replaceAll("\\\\(\\p{Punct})", "$1").strip();
        if (shown.length() <= EXCERPT_LENGTH) {
            return shown;
        }
        int at = 0;
        for (int i = 0; i < shown.length(); i = shown.offsetByCodePoints(i, 1)) {
            if (missing.contains(shown.codePointAt(i))) {
                at = i;
                break;
            }
        }
        int start = Math.max(0, Math.min(at - EXCERPT_LENGTH / 2, shown.length() - EXCERPT_LENGTH));
        if (start > 0 && Character.isLowSurrogate(shown.charAt(start))) {
            start++;
        }
        int end = Math.min(shown.length(), start + EXCERPT_LENGTH);
        if (end < shown.length() && Character.isLowSurrogate(shown.charAt(end))) {
            end++;
        }
        return (start > 0 ? "…" : "") + shown.substring(start, end).strip() + (end < shown.length() ? "…" : "");
    }
}
