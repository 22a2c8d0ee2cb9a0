package fr.missive.ui.letters;

import fr.missive.model.letters.MergeValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line form in which a person declares the fields a letter asks for at sending, with
 * commas between them: a label ("Date du rendez-vous", whose code is made from it), a code as
 * before ({@code date_rdv}), or both ("Date du rendez-vous (date_rdv)", to name a code that
 * a letter already uses). What {@link #show} writes, {@link #read} reads back unchanged.
 */
final class LetterFieldDeclarations {

    /** A code as typed: no capital, no space. */
    private static final Pattern CODE = Pattern.compile("[\\p{Ll}\\p{N}_]+");
    private static final Pattern LABEL_AND_CODE = Pattern.compile("(.*\\S)\\s*\\(([\\p{Ll}\\p{N}_]+)\\)");
    /** As long as a field name may be (see LetterTemplateService). */
    private static final int LONGEST_CODE = 50;

    /** The fields and their labels, as read from the line. */
    record Declared(List<String> fields, Map<String, String> labels) {
    }

    private LetterFieldDeclarations() {
    }

    static Declared read(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : line.split("[,;]")) {
            String item = part.strip().replaceAll("\\s+", " ");
            if (item.isEmpty()) {
                continue;
            }
            Matcher both = LABEL_AND_CODE.matcher(item);
            if (both.matches()) {
                fields.putIfAbsent(both.group(2), both.group(1).strip());
            } else if (CODE.matcher(item).matches()) {
                fields.putIfAbsent(item, "");
            } else {
                fields.putIfAbsent(codeOf(item), item);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        fields.forEach((code, label) -> {
            if (!label.isEmpty()) {
                labels.put(code, label);
            }
        });
        return new Declared(List.copyOf(fields.keySet()), labels);
    }

    /** The line for these fields: the label alone when it gives the code back, else both. */
    static String show(List<String> fields, Map<String, String> labels) {
        List<String> items = new ArrayList<>();
        for (String code : fields) {
            String label = labels.getOrDefault(code, "");
            if (label.isEmpty()) {
                items.add(code);
            } else if (codeOf(label).equals(code) && !CODE.matcher(label).matches()
                    && !LABEL_AND_CODE.matcher(label).matches()) {
                items.add(label);
            } else {
                items.add(label + " (" + code + ")");
            }
        }
        return String.join(", ", items);
    }

    /** The code of a field declared by its label: "Date du rendez-vous" → {@code date_du_rendez_vous}. */
    static String codeOf(String label) {
        String code = MergeValues.customFieldName(label);
        if (code.isEmpty()) {
            return label; // nothing to make a code of: the check says it cannot be a field name
        }
        return code.length() > LONGEST_CODE ? code.substring(0, LONGEST_CODE).replaceAll("_+$", "") : code;
    }
}
