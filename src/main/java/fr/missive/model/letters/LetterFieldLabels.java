package fr.missive.model.letters;

import fr.missive.model.text.ControlCharacters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels a letter declares for its own fields ("Date du rendez-vous" for {@code date_rdv}),
 * and the one-line form they are written in, in a template file's {@code labels:} header and in
 * the database: {@code date_rdv = Date du rendez-vous; heure_rdv = Heure}. A label holds no
 * {@code ;} (it separates them) and no line break; {@code =} is fine, a code never has one.
 */
public final class LetterFieldLabels {

    public static final String SEPARATOR = ";";

    private LetterFieldLabels() {
    }

    /**
     * The labels kept for these fields: one line each, trimmed, in the order of the fields;
     * blank labels and labels of fields the letter does not declare are dropped.
     */
    public static Map<String, String> tidy(Map<String, String> labels, Collection<String> fields) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (labels == null) {
            return kept;
        }
        for (String field : fields) {
            String label = labels.get(field);
            if (label != null) {
                String line = ControlCharacters.remove(label).replaceAll("\\s+", " ").strip();
                if (!line.isEmpty()) {
                    kept.put(field, line);
                }
            }
        }
        return kept;
    }

    /** {@code code = label; code = label}, empty when there is none. */
    public static String write(Map<String, String> labels) {
        StringBuilder text = new StringBuilder();
        labels.forEach((code, label) -> text.append(text.length() == 0 ? "" : SEPARATOR + " ")
                .append(code).append(" = ").append(label));
        return text.toString();
    }

    /** The labels of a written line; a part without {@code =} is ignored. */
    public static Map<String, String> read(String line) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (line == null || line.isBlank()) {
            return labels;
        }
        for (String part : line.split(SEPARATOR)) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                String code = part.substring(0, equals).strip();
                String label = part.substring(equals + 1).strip();
                if (!code.isEmpty() && !label.isEmpty()) {
                    labels.putIfAbsent(code, label);
                }
            }
        }
        return labels;
    }
}
