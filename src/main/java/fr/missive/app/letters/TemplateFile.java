package fr.missive.app.letters;

import fr.missive.model.text.ControlCharacters;
import java.util.ArrayList;

import fr.missive.model.UserMessage;
import fr.missive.model.letters.Addressing;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterFieldLabels;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.text.Folding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code .md} file a template is shared in between schools: a short header between two
 * {@code ---} lines, then the Markdown body exactly as stored.
 *
 * <pre>
 * ---
 * designation: Convocation réunion parents-professeurs
 * category: convocation
 * subject: Réunion parents-professeurs du {{date_rdv}}
 * fields: date_rdv, heure_rdv
 * labels: date_rdv = Date du rendez-vous; heure_rdv = Heure du rendez-vous
 * ---
 * Madame, Monsieur,
 * …
 * </pre>
 *
 * Keys may also be written in French ({@code désignation}, {@code catégorie}, {@code objet},
 * {@code champs}, {@code adressage}); {@code fields} (the letter-specific fields asked for when
 * sending; also written as a YAML list, {@code [date_rdv, heure_rdv]}) may be left out, and so
 * may {@code labels} ({@code libellés}: what a person reads for
 * those fields, see {@link LetterFieldLabels}) and {@code addressing}: {@code contact} (the
 * default) or {@code guardians} (each legal guardian of the pupil chosen, about that pupil; also
 * {@code responsables}); a file without them opens as before. Categories: absence, convocation, meeting, certificate, other (or réunion,
 * attestation, autre). Written files use the English keys and {@code \n} line breaks, so
 * writing what was read gives the same text back.
 */
public final class TemplateFile {

    public static final String EXTENSION = ".md";
    /** Far above any letter; a bigger file is not a template. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final String FENCE = "---";
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("designation", "designation"), Map.entry("category", "category"),
            Map.entry("categorie", "category"), Map.entry("subject", "subject"), Map.entry("objet", "subject"),
            Map.entry("fields", "fields"), Map.entry("champs", "fields"),
            Map.entry("labels", "labels"), Map.entry("libelles", "labels"),
            Map.entry("addressing", "addressing"), Map.entry("adressage", "addressing"));
    private static final Map<String, Category> CATEGORIES = categories();

    private TemplateFile() {
    }

    private static Map<String, Category> categories() {
        Map<String, Category> names = new HashMap<>();
        for (Category c : Category.values()) {
            names.put(code(c), c);
        }
        names.put("reunion", Category.MEETING);
        names.put("attestation", Category.CERTIFICATE);
        names.put("certificat", Category.CERTIFICATE);
        names.put("autre", Category.OTHER);
        return Map.copyOf(names);
    }

    /** The category as written in files and on the command line: "convocation", "meeting" … */
    public static String code(Category category) {
        return category.name().toLowerCase(Locale.ROOT);
    }

    /** The category of a code or its French name; empty when unknown. */
    public static java.util.Optional<Category> category(String code) {
        return java.util.Optional.ofNullable(CATEGORIES.get(Folding.name(code).strip()));
    }

    /** The template as file text. */
    public static String write(LetterTemplate template) {
        StringBuilder text = new StringBuilder(template.body().length() + 200);
        text.append(FENCE).append('\n');
        text.append("designation: ").append(oneLine(template.designation())).append('\n');
        text.append("category: ").append(code(template.category())).append('\n');
        text.append("subject: ").append(oneLine(template.subject())).append('\n');
        if (!template.letterFields().isEmpty()) {
            text.append("fields: ").append(String.join(", ", template.letterFields())).append('\n');
        }
        if (!template.fieldLabels().isEmpty()) {
            text.append("labels: ").append(LetterFieldLabels.write(template.fieldLabels())).append('\n');
        }
        if (template.addressing() != Addressing.CONTACT) {
            // Only when not the default, so that a letter to the contact writes the file it always did.
            text.append("addressing: ").append(template.addressing().code()).append('\n');
        }
        text.append(FENCE).append('\n');
        return text.append(template.body()).toString();
    }

    public static void write(LetterTemplate template, Path file) {
        try {
            WholeFile.write(file, partial -> Files.writeString(partial, write(template), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TemplateFileException(UserMessage.of("letters.file.notWritten", file.toString()), e);
        }
    }

    /**
     * A template read from a file, and the lines of the file that held control characters,
     * removed from the template (see {@link ControlCharacters}), for the import report.
     */
    public record Imported(LetterTemplate template, List<Integer> controlCharacterLines) {
        public Imported {
            controlCharacterLines = List.copyOf(controlCharacterLines);
        }
    }

    /** Reads a UTF-8 template file (with or without a byte order mark). */
    public static LetterTemplate read(Path file) {
        return importFrom(file).template();
    }

    /** As {@link #read}, also telling which lines had control characters removed. */
    public static Imported importFrom(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TemplateFileException(0, UserMessage.of("letters.file.tooLarge", file.getFileName().toString(),
                        MAX_BYTES / 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TemplateFileException(UserMessage.of("letters.file.notFound", file.toString()), e);
        } catch (IOException e) {
            throw new TemplateFileException(UserMessage.of("letters.file.unreadable", file.toString()), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TemplateFileException(UserMessage.of("letters.file.notUtf8", file.getFileName().toString()), e);
        }
        return new Imported(parse(text), controlCharacterLines(text));
    }

    private static List<Integer> controlCharacterLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        boolean found = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (found) {
                    lines.add(line);
                }
                line++;
                found = false;
            } else if (ControlCharacters.isRemoved(c)) {
                found = true;
            }
        }
        if (found) {
            lines.add(line);
        }
        return lines;
    }

    /** @throws TemplateFileException saying which line is wrong */
    public static LetterTemplate parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int pos = 0;
        int line = 1;
        int end = lineEnd(s, pos);
        if (!FENCE.equals(s.substring(pos, end).strip())) {
            throw new TemplateFileException(1, UserMessage.of("letters.file.noHeader"));
        }
        Map<String, String> values = new HashMap<>();
        while (true) {
            pos = next(s, end);
            line++;
            if (pos >= s.length()) {
                throw new TemplateFileException(line - 1, UserMessage.of("letters.file.headerNotClosed", line - 1));
            }
            end = lineEnd(s, pos);
            String content = s.substring(pos, end).strip();
            if (FENCE.equals(content)) {
                break;
            }
            if (content.isEmpty()) {
                continue;
            }
            int colon = content.indexOf(':');
            if (colon <= 0) {
                throw new TemplateFileException(line, UserMessage.of("letters.file.badHeaderLine", line));
            }
            String key = KEYS.get(Folding.name(content.substring(0, colon)).strip());
            if (key == null) {
                throw new TemplateFileException(line, UserMessage.of("letters.file.unknownKey", line,
                        content.substring(0, colon).strip()));
            }
            if (values.put(key, content.substring(colon + 1).strip()) != null) {
                throw new TemplateFileException(line, UserMessage.of("letters.file.repeatedKey", line, key));
            }
            if (key.equals("addressing") && Addressing.ofCode(values.get(key)).isEmpty()) {
                throw new TemplateFileException(line, UserMessage.of("letters.file.unknownAddressing", line,
                        values.get(key)));
            }
            if (key.equals("category") && category(values.get(key)).isEmpty()) {
                throw new TemplateFileException(line, UserMessage.of("letters.file.unknownCategory", line,
                        values.get(key), String.join(", ", Arrays.stream(Category.values()).map(TemplateFile::code)
                                .toList())));
            }
        }
        int closingLine = line;
        String designation = values.getOrDefault("designation", "");
        if (designation.isEmpty()) {
            throw new TemplateFileException(closingLine, UserMessage.of("letters.file.noDesignation", closingLine));
        }
        String body = s.substring(next(s, end));
        Category category = category(values.getOrDefault("category", "other")).orElse(Category.OTHER);
        List<String> letterFields = fieldList(values.getOrDefault("fields", ""));
        Addressing addressing = Addressing.ofCode(values.getOrDefault("addressing", "contact")).orElseThrow();
        return new LetterTemplate(designation, category, values.getOrDefault("subject", ""), body, letterFields,
                LetterFieldLabels.read(values.getOrDefault("labels", "")), addressing);
    }

    /** Index of the line break ending the line that starts at {@code pos} (or the text's end). */
    private static int lineEnd(String s, int pos) {
        int lf = s.indexOf('\n', pos);
        int end = lf < 0 ? s.length() : lf;
        return end > pos && s.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** Start of the line after the one ending at {@code end}. */
    private static int next(String s, int end) {
        if (end < s.length() && s.charAt(end) == '\r') {
            end++;
        }
        return end < s.length() ? end + 1 : s.length();
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\R", " ").strip();
    }

    /**
     * "date_rdv, heure_rdv", or the same as YAML writes a list, which a header copied from
     * elsewhere often has: "[date_rdv, heure_rdv]", each name possibly between quotes.
     */
    static List<String> fieldList(String value) {
        String list = value.strip();
        if (list.startsWith("[") && list.endsWith("]")) {
            list = list.substring(1, list.length() - 1).strip();
        }
        if (list.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(list.split("\\s*,\\s*")).map(TemplateFile::unquoted).toList();
    }

    private static String unquoted(String name) {
        boolean quoted = name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"")
                || name.startsWith("'") && name.endsWith("'"));
        return quoted ? name.substring(1, name.length() - 1).strip() : name;
    }
}
